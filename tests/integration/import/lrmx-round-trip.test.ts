// The done-when of issue 20's LRMX half: a complete form of our own making (tests/fixtures/lrmx/
// li-wenjing-full.lrmx, the central editor's 3.2 layout, with 拟任/拟免/任免理由 and the degree
// disciplines 经济学学士 / 工商管理硕士) imported, exported and imported again shows no diff: the
// parsed structures of the fixture and of the export are equal, and the second import reports
// the file unchanged. Also what the first import stored: the ApprovalForm, the disciplines, the
// 院校代码表's flags (武汉大学 985 → hasEliteDegree), and no invented 编制类型.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseLrmx } from "@/lib/lrmx";
import { prisma } from "@/lib/server/db";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { confirmImport } from "@/lib/server/import/confirm";
import { planFormImport } from "@/lib/server/import/form-plan";
import { exportLrmx } from "@/lib/server/export/lrmx-export";
import type { Actor } from "@/lib/auth/actor";
import type { UploadedFile } from "@/lib/import/form-files";
import { createSessionActor, markSteppedUp } from "../../support/step-up";
import { actorOf, createTestUser } from "../../support/users";

const FIXTURE = readFileSync(path.resolve(__dirname, "../../fixtures/lrmx/li-wenjing-full.lrmx"));
const ID = "340104198805120428";
const META = { action: "cadre.import.lrmx" as const, fileName: "forms" };
let staff: Actor;

async function importFiles(files: UploadedFile[]) {
  const r = await planFormImport(staff, files);
  if (!r.ok) throw new Error(r.message);
  const result = await confirmImport(staff, r, r.plan.report.digest, META);
  return { report: r.plan.report, result };
}

const parsed = (bytes: Uint8Array | string) => {
  const r = parseLrmx(bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
};

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  await prisma.unit.create({ data: { code: `GH-${Date.now()}`, name: "青禾区桂花镇", type: "TOWNSHIP" } });
});

describe("李文静: import → export → import", () => {
  let exported: Uint8Array;

  it("the first import creates her with the form's second half, the disciplines and the code table's flags", async () => {
    const { report, result } = await importFiles([{ name: "李文静.lrmx", bytes: FIXTURE }]);
    expect(report.errors).toEqual([]);
    expect(result).toMatchObject({ created: 1, updated: 0 });
    expect(report.creates[0].warnings).toContain("任免审批表不含编制类型：已留空（待补充），请在干部信息中选择");
    const c = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(ID) },
      include: { approvalForm: true, educationRecords: { orderBy: { fullTime: "desc" } } },
    });
    expect(c.establishmentType).toBeNull();
    expect(c.hasEliteDegree).toBe(true);
    expect(c.approvalForm).toMatchObject({
      proposedPost: "青禾区桂花镇党委书记",
      proposedRemoval: "青禾区桂花镇镇长职务",
      reason: expect.stringMatching(/^桂花镇党委书记职位空缺/),
      reportingUnit: "中共青禾区委组织部",
      preparedBy: "周敏",
    });
    expect(c.approvalForm!.preparedOn!.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(c.approvalForm!.ageReferenceDate!.toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(
      c.educationRecords.map((e) => [
        e.level,
        e.degree,
        e.degreeDiscipline,
        e.school,
        e.is985,
        e.is211,
        e.isDoubleFirstClass,
      ]),
    ).toEqual([
      ["BACHELOR", "BACHELOR", "经济学", "武汉大学", true, true, true],
      ["MASTER_STUDY", "MASTER", "工商管理", "中国科学技术大学", true, true, true],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "cadre.import.lrmx" },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ created: 1, createdIds: [c.id] });
  });

  it("the export (another reference date asked) parses to the same structure as the fixture", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    await markSteppedUp(actor);
    const c = await prisma.cadre.findUniqueOrThrow({ where: { idNumberHash: hashIdNumber(ID) } });
    const file = await exportLrmx(actor, [c.id], new Date(Date.UTC(2027, 0, 1)), {
      mode: "full",
      purpose: "往返核对",
    });
    exported = file.body;
    const xml = new TextDecoder().decode(exported);
    expect(xml).toContain("<NiRenZhiWu>青禾区桂花镇党委书记</NiRenZhiWu>");
    expect(xml).toContain("<ZaiZhiJiaoYu_XueWei>工商管理硕士</ZaiZhiJiaoYu_XueWei>");
    const a = parsed(FIXTURE);
    const b = parsed(exported);
    expect(b.warnings).toEqual(a.warnings);
    expect(b.draft).toEqual(a.draft);
  });

  it("importing the export reports no change, and so does the fixture again", async () => {
    const again = await importFiles([{ name: "导出.lrmx", bytes: exported }]);
    expect(again.report.updates).toEqual([]);
    expect(again.report.unchanged).toEqual([{ file: "导出.lrmx", name: "李文静" }]);
    expect(again.result).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
    const original = await importFiles([{ name: "李文静.lrmx", bytes: FIXTURE }]);
    expect(original.result).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
  });

  it("a changed 拟任职务 and a discipline-less degree: the form is corrected, the discipline kept", async () => {
    const text = FIXTURE.toString("utf8")
      .replace("<NiRenZhiWu>青禾区桂花镇党委书记</NiRenZhiWu>", "<NiRenZhiWu>青禾区商务局局长</NiRenZhiWu>")
      .replace(
        "<QuanRiZhiJiaoYu_XueWei>经济学学士</QuanRiZhiJiaoYu_XueWei>",
        "<QuanRiZhiJiaoYu_XueWei>学士</QuanRiZhiJiaoYu_XueWei>",
      );
    const { report } = await importFiles([{ name: "改.lrmx", bytes: new TextEncoder().encode(text) }]);
    expect(report.updates[0].changes).toEqual([
      { label: "拟任职务", from: "青禾区桂花镇党委书记", to: "青禾区商务局局长" },
    ]);
    const c = await prisma.cadre.findUniqueOrThrow({
      where: { idNumberHash: hashIdNumber(ID) },
      include: { approvalForm: true, educationRecords: { where: { fullTime: true } } },
    });
    expect([c.approvalForm!.proposedPost, c.approvalForm!.version]).toEqual(["青禾区商务局局长", 2]);
    expect(c.educationRecords[0].degreeDiscipline).toBe("经济学");
  });
});
