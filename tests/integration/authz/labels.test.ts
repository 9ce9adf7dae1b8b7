// Security labels (GB/T 22239-2019 L3 强制访问控制, issue 18 item 9): a labelled information set
// above the reader's clearance is not in what the server returns, the refusal is audited
// (`read.denied.label`, one row per set and view), the full 身份证号 needs the idNumber
// clearance, and editing a labelled set needs its clearance too.
import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessmentAction } from "@/app/(app)/cadres/actions";
import { revealIdNumberAction } from "@/app/(app)/cadres/[id]/view-actions";
import type { Actor } from "@/lib/auth/actor";
import { runAs } from "@/lib/server/auth/actor-context";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { labelCadreForms } from "@/lib/server/cadres/labelled-forms";
import { PROFILE_INCLUDE } from "@/lib/server/cadres/profile";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { checkNomineeInScope } from "@/lib/server/nominations";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { idCheckChar } from "@/lib/validation/id-number";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

const first17 = "11010519880501357";
const ID = first17 + idCheckChar(first17);

let cadreId: string;
let unitActor: Actor;
let generalStaff: Actor;
let clearedStaff: Actor;

async function deniedRows(actor: Actor, objectId: string) {
  return prisma.auditLog.findMany({
    where: { userId: actor.userId, action: "read.denied.label", objectId },
    orderBy: { id: "asc" },
  });
}

const setsOf = (rows: Array<{ diff: unknown; result: string }>) =>
  rows.map((r) => [r.result, (r.diff as { set: string }).set]);

beforeAll(async () => {
  const unit = await createTestUnit();
  const cadre = await createTestCadre(unit.id, "密级测试");
  cadreId = cadre.id;
  await prisma.cadre.update({
    where: { id: cadreId },
    data: {
      idNumberCipher: encryptIdNumber(ID),
      idNumberHash: hashIdNumber(ID),
      rewardsAndPunishments: "2019年受党内警告处分",
    },
  });
  await prisma.assessment.create({ data: { cadreId, year: 2024, grade: "EXCELLENT" } });
  await prisma.sanction.create({
    data: {
      cadreId,
      kind: "GOV_DEMERIT",
      decidedOn: new Date("2025-01-10"),
      effectEndsOn: new Date("2040-01-09"),
      authority: "区纪委监委",
      reason: "违规发放津贴补贴",
    },
  });
  await prisma.personalMattersReport.create({ data: { cadreId, year: 2024, falseOrMissing: true, note: "漏报房产" } });
  await prisma.familyMember.create({
    data: { cadreId, relation: "SPOUSE", name: "李四", emigrated: true, emigratedTo: "加拿大" },
  });
  unitActor = actorOf(await createTestUser("UNIT", { unitId: unit.id }));
  generalStaff = actorOf(await createTestUser("ORG_STAFF", { clearance: "GENERAL" }));
  clearedStaff = actorOf(await createTestUser("ORG_STAFF", { clearance: "HIGHLY_SENSITIVE" }));
});

describe("reading a cadre's file by clearance", () => {
  it("a unit account (敏感) reading its own cadre gets the assessments but no sanctions, personal matters or emigration; one DENIED row per withheld set", async () => {
    expect(unitActor.clearance).toBe("SENSITIVE");
    const { cadre } = await getCadreFile(unitActor, cadreId);
    expect(cadre.assessments?.map((a) => a.grade)).toEqual(["EXCELLENT"]);
    expect(cadre).not.toHaveProperty("sanctions");
    expect(cadre).not.toHaveProperty("rewardsAndPunishments");
    expect(cadre).not.toHaveProperty("personalMattersReports");
    expect(cadre).not.toHaveProperty("idNumberCipher");
    expect(cadre.familyMembers.map((m) => m.name)).toEqual(["李四"]);
    expect(cadre.familyMembers[0]).not.toHaveProperty("emigrated");
    expect(cadre.familyMembers[0]).not.toHaveProperty("emigratedTo");
    expect(cadre.withheld).toEqual(["sanctions", "personalMatters", "familyAbroad"]);
    // nothing of the withheld records anywhere in what a component would receive
    const json = JSON.stringify(cadre);
    for (const secret of ["违规发放津贴补贴", "区纪委监委", "漏报房产", "加拿大", "党内警告", ID])
      expect(json).not.toContain(secret);
    expect(cadre.maskedIdNumber).toMatch(/^110105\*+\d{3}[\dX]$/);

    const rows = await deniedRows(unitActor, cadreId);
    expect(setsOf(rows)).toEqual([
      ["DENIED", "sanctions"],
      ["DENIED", "personalMatters"],
      ["DENIED", "familyAbroad"],
    ]);
    expect(rows[0]).toMatchObject({ objectType: "Cadre", role: "UNIT" });
  });

  it("the verdicts resting on withheld sets keep their rule id and outcome but not the record", async () => {
    const file = await getCadreFile(unitActor, cadreId);
    const { profile } = await getActiveProfile();
    const report = file.eligibility(profile, new Date("2026-06-30"));
    const checks = report.targets.flatMap((t) => t.verdict.checks);
    const sanction = checks.find((c) => c.ruleId === "ZZ15-EXCL" && c.message.includes("处分、组织处理"));
    expect(sanction).toMatchObject({ passed: false, values: {} });
    expect(sanction!.message).toContain("您的密级不足");
    expect(JSON.stringify(report)).not.toContain("2040");
    expect(JSON.stringify(report)).not.toContain("2024年度");
    expect(report.targets.every((t) => !t.verdict.eligible)).toBe(true);
    // the unit's own nomination check says the same
    const nominee = await checkNomineeInScope(unitActor, cadreId, "SECTION", new Date("2026-06-30"));
    expect(nominee.eligible).toBe(false);
    expect(JSON.stringify(nominee.checks)).not.toContain("2040");
    const pmr = nominee.checks.find((c) => c.ruleId === "ZZ15-PMR");
    expect(pmr?.message).toContain("个人有关事项报告");
    expect(pmr?.message).not.toContain("2024");
  });

  it("an ORG_STAFF given 一般 clearance sees no assessment conclusions and cannot reveal a 身份证号 (DENIED, audited)", async () => {
    const { cadre } = await getCadreFile(generalStaff, cadreId);
    expect(cadre).not.toHaveProperty("assessments");
    expect(cadre).not.toHaveProperty("sanctions");
    expect(cadre.withheld).toEqual(["sanctions", "assessmentConclusions", "personalMatters", "familyAbroad"]);

    const r = await runAs(generalStaff, () => revealIdNumberAction({ cadreId }));
    expect(r?.data).toBeUndefined();
    expect(r?.serverError).toBe("您的密级不足，无法查看此项（需“高度敏感”）");
    const rows = await deniedRows(generalStaff, cadreId);
    expect(setsOf(rows)).toContainEqual(["DENIED", "idNumber"]);
    expect(setsOf(rows)).toContainEqual(["DENIED", "assessmentConclusions"]);
    expect(await prisma.auditLog.count({ where: { userId: generalStaff.userId, action: "reveal.idNumber" } })).toBe(0);
  });

  it("an ORG_STAFF with 高度敏感 clearance sees every set and reveals the number; nothing is refused", async () => {
    const { cadre } = await getCadreFile(clearedStaff, cadreId);
    expect(cadre.withheld).toEqual([]);
    expect(cadre.sanctions?.map((s) => s.reason)).toEqual(["违规发放津贴补贴"]);
    expect(cadre.assessments).toHaveLength(1);
    expect(cadre.personalMattersReports?.[0].note).toBe("漏报房产");
    expect(cadre.familyMembers[0]).toMatchObject({ emigrated: true, emigratedTo: "加拿大" });
    expect(cadre.rewardsAndPunishments).toBe("2019年受党内警告处分");
    const r = await runAs(clearedStaff, () => revealIdNumberAction({ cadreId }));
    expect(r?.data?.idNumber).toBe(ID);
    expect(await deniedRows(clearedStaff, cadreId)).toEqual([]);
  });

  it("the print forms take the labelled view too: one DENIED row per set for the whole job", async () => {
    const row = await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId }, include: PROFILE_INCLUDE });
    const before = await prisma.auditLog.count({ where: { userId: unitActor.userId } });
    const [form] = await labelCadreForms(unitActor, [row, row]);
    expect(form).not.toHaveProperty("sanctions");
    expect(form.assessments).toHaveLength(1);
    const rows = await prisma.auditLog.findMany({
      where: { userId: unitActor.userId },
      orderBy: { id: "asc" },
      skip: before,
    });
    expect(rows.map((r) => (r.diff as { set: string; purpose: string }).set)).toEqual([
      "sanctions",
      "personalMatters",
      "familyAbroad",
    ]);
    expect(rows[0].diff).toMatchObject({ purpose: "print", cadreIds: [cadreId, cadreId] });
  });
});

describe("editing a labelled set", () => {
  it("an ORG_STAFF without clearance for 年度考核结论 cannot edit an assessment: refused, audited, unchanged", async () => {
    const stored = await prisma.assessment.findFirstOrThrow({ where: { cadreId } });
    const r = await runAs(generalStaff, () =>
      saveAssessmentAction({ cadreId, id: stored.id, version: stored.version, year: 2024, grade: "INCOMPETENT" }),
    );
    expect(r?.serverError).toBe("您的密级不足，无法查看此项（需“敏感”）");
    expect(await prisma.assessment.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({
      grade: "EXCELLENT",
      version: stored.version,
    });
    const created = await runAs(generalStaff, () => saveAssessmentAction({ cadreId, year: 2025, grade: "COMPETENT" }));
    expect(created?.serverError).toContain("您的密级不足");
    expect(await prisma.assessment.count({ where: { cadreId } })).toBe(1);
    const rows = await prisma.auditLog.findMany({
      where: { userId: generalStaff.userId, action: "read.denied.label", diff: { path: ["purpose"], equals: "edit" } },
    });
    expect(rows).toHaveLength(2);
    expect(rows[0].diff).toMatchObject({ set: "assessmentConclusions", record: "Assessment" });
    // cleared, the same edit goes through
    const ok = await runAs(clearedStaff, () =>
      saveAssessmentAction({ cadreId, id: stored.id, version: stored.version, year: 2024, grade: "COMPETENT" }),
    );
    expect(ok?.data?.ok).toBe(true);
  });
});
