// Security labels (强制访问控制) on 任免审批表 files against PostgreSQL: an export leaves the
// sets above the exporter's clearance out of the file (placeholder cell) with one DENIED row
// per set; an import neither compares nor writes them for an importer not cleared for them,
// says so beside the file, and is audited; a masked 身份证号 gets its own message.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { SecurityLevel } from "@/lib/domain/enums";
import { MASKED_ID_MESSAGE } from "@/lib/import/form-draft";
import { LABEL_DENIED_ACTION } from "@/lib/server/authz/labels";
import { prisma } from "@/lib/server/db";
import { exportLrmx } from "@/lib/server/export/lrmx-export";
import { confirmImport } from "@/lib/server/import/confirm";
import { planFormImport } from "@/lib/server/import/form-plan";
import { createFullCadre, type FullCadre } from "../../factories";
import { createSessionActor, markSteppedUp } from "../../support/step-up";
import { actorOf, createTestUser } from "../../support/users";

const AS_OF = new Date(Date.UTC(2026, 5, 30));
const SANCTION = "青禾区监察委员会"; // the authority, in 奖惩情况's sanction sentence
const GRADES = "2023年优秀；2024年称职；2025年优秀";
const WITHHELD_HIGH = "（密级不足，未导出；需“高度敏感”密级）";
const WITHHELD_SENSITIVE = "（密级不足，未导出；需“敏感”密级）";
const META = { action: "cadre.import.lrmx" as const, fileName: "forms" };

let cadre: FullCadre;
let other: FullCadre;

const staff = async (clearance: SecurityLevel) => actorOf(await createTestUser("ORG_STAFF", { clearance }));
const text = (body: Uint8Array) => new TextDecoder().decode(body);
const cell = (xml: string, name: string) => xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
const denials = (actor: Actor) =>
  prisma.auditLog.findMany({ where: { userId: actor.userId, action: LABEL_DENIED_ACTION }, orderBy: { id: "asc" } });

beforeAll(async () => {
  cadre = await createFullCadre(prisma, { name: "密级甲" }, { idNumber: true });
  other = await createFullCadre(prisma, { name: "密级乙" });
  // a relative abroad: the LRMX format has no field for it, so no file may carry it
  await prisma.familyMember.updateMany({
    where: { cadreId: cadre.id, relation: "SPOUSE" },
    data: { emigrated: true, emigratedTo: "加拿大" },
  });
});

describe("LRMX export by the exporter's clearance", () => {
  it("GENERAL: neither 奖惩情况 nor 年度考核结果 in the file; one DENIED row per set", async () => {
    const actor = await staff("GENERAL");
    const xml = text((await exportLrmx(actor, [cadre.id], AS_OF)).body);
    expect(xml).not.toContain(SANCTION);
    expect(cell(xml, "JiangChengQingKuang")).toBe(WITHHELD_HIGH);
    expect(cell(xml, "NianDuKaoHeJieGuo")).toBe(WITHHELD_SENSITIVE);
    expect(xml).not.toContain("加拿大");
    const rows = await denials(actor);
    expect(rows.map((r) => [r.result, r.objectId, (r.diff as { set: string }).set])).toEqual([
      ["DENIED", cadre.id, "sanctions"],
      ["DENIED", cadre.id, "assessmentConclusions"],
    ]);
    expect(rows[0].diff).toMatchObject({ purpose: "lrmx", clearance: "GENERAL", cadreIds: [cadre.id] });
  });

  it("SENSITIVE (a unit's clearance): the grades, not the sanctions; a .zip of two writes one row", async () => {
    const actor = await staff("SENSITIVE");
    const file = await exportLrmx(actor, [cadre.id, other.id], AS_OF);
    expect(file.contentType).toBe("application/zip");
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(file.body);
    const xml = await zip.file("密级甲.lrmx")!.async("string");
    expect(xml).not.toContain(SANCTION);
    expect(cell(xml, "JiangChengQingKuang")).toBe(WITHHELD_HIGH);
    expect(cell(xml, "NianDuKaoHeJieGuo")).toBe(GRADES);
    const rows = await denials(actor);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ objectId: null, diff: { set: "sanctions", cadreIds: [cadre.id, other.id] } });
    const done = await prisma.auditLog.findFirstOrThrow({ where: { userId: actor.userId, action: "export.lrmx" } });
    expect(done.diff).toMatchObject({ withheld: ["sanctions"] });
  });

  it("HIGHLY_SENSITIVE: both in full, nothing refused", async () => {
    const actor = await staff("HIGHLY_SENSITIVE");
    const xml = text((await exportLrmx(actor, [cadre.id], AS_OF)).body);
    expect(cell(xml, "JiangChengQingKuang")).toContain(SANCTION);
    expect(cell(xml, "NianDuKaoHeJieGuo")).toBe(GRADES);
    expect(xml).not.toContain("加拿大");
    expect(await denials(actor)).toEqual([]);
  });
});

describe("LRMX import by the importer's clearance", () => {
  let edited: { name: string; bytes: Uint8Array };

  beforeAll(async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    await markSteppedUp(actor);
    const file = await exportLrmx(actor, [cadre.id], AS_OF, { mode: "full", purpose: "测试回读" });
    const xml = text(file.body)
      .replace(/<NianDuKaoHeJieGuo>[^<]*</, "<NianDuKaoHeJieGuo>2024年称职；2025年基本称职<")
      .replace(/<JiangChengQingKuang>[^<]*</, "<JiangChengQingKuang>2022年记三等功<")
      .replace(/<ZhuanYeJiShuZhiWu>[^<]*</, "<ZhuanYeJiShuZhiWu>经济师<");
    edited = { name: "改过的.lrmx", bytes: new TextEncoder().encode(xml) };
  });

  async function plan(actor: Actor) {
    const r = await planFormImport(actor, [edited], {});
    if (!r.ok) throw new Error(r.message);
    return r.plan;
  }

  it("GENERAL: the sets are neither compared nor written, the rest is; reported and audited", async () => {
    const actor = await staff("GENERAL");
    const p = await plan(actor);
    expect(p.report.errors).toEqual([]);
    const [u] = p.report.updates;
    expect(u.changes.map((c) => c.label)).toEqual(["专业技术职务"]);
    expect(u.warnings).toEqual(
      expect.arrayContaining([
        "奖惩情况（处分、组织处理）：密级不足，未比对、未导入（需“高度敏感”密级）",
        "年度考核结果（年度考核结论）：密级不足，未比对、未导入（需“敏感”密级）",
      ]),
    );
    expect(p.report.notices).toContain(
      "1 份文件的年度考核结果（年度考核结论）：密级不足，未比对、未导入（需“敏感”密级）",
    );
    expect(JSON.stringify(p.report)).not.toMatch(/优秀|政务警告/);
    const rows = await denials(actor);
    expect(rows.map((r) => r.diff)).toEqual([
      expect.objectContaining({ set: "sanctions", purpose: "import.lrmx", files: ["改过的.lrmx"] }),
      expect.objectContaining({ set: "assessmentConclusions", purpose: "import.lrmx", files: ["改过的.lrmx"] }),
    ]);

    const result = await confirmImport(actor, { ok: true, plan: p }, p.report.digest, META);
    expect(result).toMatchObject({ updated: 1 });
    const after = await prisma.cadre.findUniqueOrThrow({
      where: { id: cadre.id },
      include: { assessments: { orderBy: { year: "asc" } } },
    });
    expect(after.professionalTitle).toBe("经济师");
    expect(after.rewardsAndPunishments).toBeNull();
    expect(after.assessments.map((a) => [a.year, a.grade])).toEqual([
      [2023, "EXCELLENT"],
      [2024, "COMPETENT"],
      [2025, "EXCELLENT"],
    ]);
  });

  it("SENSITIVE compares the grades only; HIGHLY_SENSITIVE both", async () => {
    const unit = await plan(await staff("SENSITIVE"));
    expect(unit.report.updates[0].changes.map((c) => c.label)).toEqual(["2025年度考核"]);
    expect(unit.report.updates[0].changes[0]).toEqual({ label: "2025年度考核", from: "优秀", to: "基本称职" });
    const org = await staff("HIGHLY_SENSITIVE");
    const full = await plan(org);
    expect(full.report.updates[0].changes.map((c) => c.label).sort()).toEqual(["2025年度考核", "奖惩情况"].sort());
    expect(full.report.notices).toEqual([]);
    expect(await denials(org)).toEqual([]);
  });
});

describe("re-importing a masked export", () => {
  it("is refused beside the file with the dedicated message", async () => {
    const actor = await staff("HIGHLY_SENSITIVE");
    const file = await exportLrmx(actor, [cadre.id], AS_OF);
    const masked = cell(text(file.body), "ShenFenZheng")!;
    expect(masked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const r = await planFormImport(actor, [{ name: file.fileName, bytes: file.body }], {});
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.errors).toEqual([
      { file: file.fileName, column: "身份证号", value: masked, message: MASKED_ID_MESSAGE },
    ]);
    expect(r.plan.report.creates).toEqual([]);
    expect(r.plan.report.updates).toEqual([]);
  });
});
