import "server-only";
// 任免审批表 files (LRMX) of one cadre or of a selection (a .zip), read through the actor's
// export scope and audited with the count. Files are built in memory and sent whole: nothing is
// written to the server's disk. The 身份证号 (ShenFenZheng) is masked unless the request states
// a purpose after a fresh step-up (full-id-numbers.ts); each file opens with an XML comment
// naming who exported it and when (XML readers skip comments; our import reads it back).
// Security labels: a labelled set the file carries (FORM_SETS: 奖惩情况 and 年度考核结果; the
// format has no field for 移居国（境）外 or 个人有关事项) above the exporter's clearance is not
// written — its cell holds the withheld placeholder, not an empty cell a reader would take for
// 无 — and each such set leaves one DENIED row for the whole export, as the print view does.
import JSZip from "jszip";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lrmxDraftFromRecord } from "@/lib/cadres/lrmx-from-record";
import { todayInChina } from "@/lib/format/dates";
import { withheldCellText, writeLrmx } from "@/lib/lrmx";
import { INFO_SETS, withheldSets, type InfoSet } from "@/lib/authz/clearance";
import { securityLevelLabel } from "@/lib/labels";
import { FORM_SETS } from "@/lib/import/form-labels";
import type { Actor } from "@/lib/auth/actor";
import { watermarkLine } from "@/lib/print/watermark";
import { MASKED, type IdNumberRequest } from "@/lib/validation/export-purpose";
import { maskIdNumber } from "@/lib/validation/id-number";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { auditLabelDenials } from "@/lib/server/authz/labels";
import { cadreScope } from "@/lib/server/authz/scope";
import { decryptIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { assertFullIdNumbers, fullIdAction } from "./full-id-numbers";

export const MAX_LRMX_EXPORT = 500;

export const FORM_INCLUDE = {
  educationRecords: { orderBy: [{ fullTime: "desc" }, { startDate: "asc" }, { id: "asc" }] },
  appointments: {
    include: { post: { include: { unit: { select: { name: true } } } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  },
  assessments: { orderBy: { year: "asc" } },
  sanctions: { where: { archivedAt: null }, orderBy: { decidedOn: "asc" } },
  familyMembers: { where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  approvalForm: true,
} satisfies Prisma.CadreInclude;

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

function idNumberOf(cipher: string | null, full: boolean): string | null {
  if (!cipher) return null;
  try {
    const plain = decryptIdNumber(cipher);
    return full ? plain : maskIdNumber(plain);
  } catch {
    return null;
  }
}

const EXPORT_NAME = "export.lrmx";

const placeholder = (set: InfoSet) => withheldCellText(securityLevelLabel[INFO_SETS[set].level]);

/** An XML comment holding `text`: "--" may not appear inside one. */
function xmlComment(text: string): string {
  return `<!-- ${text.replace(/-(?=-)/g, "- ")} -->`;
}

/** The comment goes right after the XML declaration, before the root element. */
function withWatermark(xml: string, comment: string): string {
  const end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  return `${xml.slice(0, end)}\n${comment}${xml.slice(end)}`;
}

export async function exportLrmx(
  actor: Actor,
  ids: readonly string[],
  asOf: Date,
  idNumbers: IdNumberRequest = MASKED,
  now: Date = new Date(),
): Promise<ExportedFile> {
  const unique = [...new Set(ids)];
  if (!unique.length) throw new UserFacingError("请选择要导出的干部");
  if (unique.length > MAX_LRMX_EXPORT)
    throw new UserFacingError(`一次最多导出 ${MAX_LRMX_EXPORT} 份任免审批表，请缩小范围`);
  const full = idNumbers.mode === "full";
  if (full) await assertFullIdNumbers(actor, EXPORT_NAME, idNumbers.purpose, now);
  const cadres = await prisma.cadre.findMany({
    where: { AND: [cadreScope(actor, "export"), { id: { in: unique } }] },
    include: FORM_INCLUDE,
    orderBy: [{ unitId: "asc" }, { namePinyin: "asc" }, { id: "asc" }],
  });
  if (cadres.length !== unique.length) throw new NotFoundError("干部");
  const withheld = withheldSets(actor.clearance, FORM_SETS);
  const noSanctions = withheld.includes("sanctions");
  const noAssessments = withheld.includes("assessmentConclusions");
  await auditLabelDenials(actor, { type: "Cadre", id: cadres.length === 1 ? cadres[0].id : null }, withheld, {
    purpose: "lrmx",
    cadreIds: cadres.map((c) => c.id),
  });
  const today = todayInChina(now);
  const comment = xmlComment(watermarkLine(actor, now));
  const files = cadres.map((c) => {
    const draft = lrmxDraftFromRecord(
      {
        ...c,
        // the withheld sets never reach the draft: the placeholder stands in their cells
        ...(noSanctions ? { sanctions: [], rewardsAndPunishments: placeholder("sanctions") } : {}),
        ...(noAssessments ? { assessments: [] } : {}),
        appointments: c.appointments.map((a) => ({
          startDate: a.startDate,
          endDate: a.endDate,
          unitName: a.post.unit.name,
          title: a.post.title,
        })),
      },
      { asOf, filledOn: today, filledBy: actor.displayName, idNumber: idNumberOf(c.idNumberCipher, full) },
    );
    const xml = writeLrmx(draft, noAssessments ? { assessmentsText: placeholder("assessmentConclusions") } : {});
    return { name: c.name, xml: withWatermark(xml, comment) };
  });
  await writeAuditStandalone({
    ...auditBy(actor),
    action: full ? fullIdAction(EXPORT_NAME) : EXPORT_NAME,
    objectType: "Cadre",
    objectId: cadres.length === 1 ? cadres[0].id : null,
    result: "SUCCESS",
    diff: {
      count: cadres.length,
      cadreIds: cadres.map((c) => c.id),
      asOf: asOf.toISOString().slice(0, 10),
      idNumbers: full ? "完整" : "脱敏",
      ...(withheld.length ? { withheld } : {}),
      ...(full ? { purpose: idNumbers.purpose } : {}),
    },
  });
  const encoder = new TextEncoder();
  if (files.length === 1) {
    return {
      fileName: `${files[0].name}.lrmx`,
      contentType: "application/xml; charset=utf-8",
      body: encoder.encode(files[0].xml),
    };
  }
  const zip = new JSZip();
  const used = new Map<string, number>();
  for (const f of files) {
    const n = (used.get(f.name) ?? 0) + 1;
    used.set(f.name, n);
    zip.file(`${f.name}${n > 1 ? `（${n}）` : ""}.lrmx`, encoder.encode(f.xml), { date: new Date() });
  }
  const body = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { fileName: `任免审批表（${files.length}人）.zip`, contentType: "application/zip", body };
}
