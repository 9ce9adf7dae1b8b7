import "server-only";
// 任免审批表 files (LRMX) of one cadre or of a selection (a .zip), read through the actor's
// export scope and audited. Files are built in memory and sent whole: nothing is written to
// the server's disk.
import JSZip from "jszip";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lrmxDraftFromRecord } from "@/lib/cadres/lrmx-from-record";
import { todayInChina } from "@/lib/format/dates";
import { writeLrmx } from "@/lib/lrmx";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { cadreScope } from "@/lib/server/authz/scope";
import { decryptIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";

export const MAX_LRMX_EXPORT = 500;

export const FORM_INCLUDE = {
  educationRecords: { orderBy: [{ fullTime: "desc" }, { startDate: "asc" }, { id: "asc" }] },
  appointments: {
    include: { post: { include: { unit: { select: { name: true } } } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  },
  assessments: { orderBy: { year: "asc" } },
  sanctions: { orderBy: { decidedOn: "asc" } },
  familyMembers: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
} satisfies Prisma.CadreInclude;

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

function plainId(cipher: string | null): string | null {
  if (!cipher) return null;
  try {
    return decryptIdNumber(cipher);
  } catch {
    return null;
  }
}

export async function exportLrmx(actor: Actor, ids: readonly string[], asOf: Date): Promise<ExportedFile> {
  const unique = [...new Set(ids)];
  if (!unique.length) throw new UserFacingError("请选择要导出的干部");
  if (unique.length > MAX_LRMX_EXPORT)
    throw new UserFacingError(`一次最多导出 ${MAX_LRMX_EXPORT} 份任免审批表，请缩小范围`);
  const cadres = await prisma.cadre.findMany({
    where: { AND: [cadreScope(actor, "export"), { id: { in: unique } }] },
    include: FORM_INCLUDE,
    orderBy: [{ unitId: "asc" }, { namePinyin: "asc" }, { id: "asc" }],
  });
  if (cadres.length !== unique.length) throw new NotFoundError("干部");
  const today = todayInChina();
  const files = cadres.map((c) => {
    const draft = lrmxDraftFromRecord(
      {
        ...c,
        appointments: c.appointments.map((a) => ({
          startDate: a.startDate,
          endDate: a.endDate,
          unitName: a.post.unit.name,
          title: a.post.title,
        })),
      },
      { asOf, filledOn: today, filledBy: actor.displayName, idNumber: plainId(c.idNumberCipher) },
    );
    return { name: c.name, xml: writeLrmx(draft) };
  });
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "export.lrmx",
    objectType: "Cadre",
    objectId: cadres.length === 1 ? cadres[0].id : null,
    result: "SUCCESS",
    diff: { count: cadres.length, cadreIds: cadres.map((c) => c.id), asOf: asOf.toISOString().slice(0, 10) },
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
