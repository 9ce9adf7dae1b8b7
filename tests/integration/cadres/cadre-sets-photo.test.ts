// The sets kept on the cadre row, each with its own editor (issue 19 item 4): 奖惩情况 (labelled
// with the sanctions), 群众公认度不高 / 跑官拉票 / 其他原因 (ZZ15-EXCL) and the photo. Versioned on
// the cadre, audited as cadre.update (the photo as 已更新, never its bytes); a photo is judged by
// its bytes' signature, not by what the browser says it is.
import { beforeAll, describe, expect, it } from "vitest";
import { saveCadrePhotoAction, saveExclusionsAction, saveRewardsAction } from "@/app/(app)/cadres/file-actions";
import type { Actor } from "@/lib/auth/actor";
import { runAs } from "@/lib/server/auth/actor-context";
import { getCadreFile } from "@/lib/server/cadres/profile";
import { prisma } from "@/lib/server/db";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { PHOTO_MAX_BYTES } from "@/lib/validation/cadre-photo";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

let staff: Actor;
let general: Actor;
let unitUser: Actor;
let cadreId: string;

const version = async () => (await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId } })).version;

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  general = actorOf(await createTestUser("ORG_STAFF", { clearance: "GENERAL" }));
  const unit = await createTestUnit();
  const otherUnit = await createTestUnit();
  unitUser = actorOf(await createTestUser("UNIT", { unitId: otherUnit.id }));
  cadreId = (await createTestCadre(unit.id, "林晓东")).id;
});

describe("奖惩情况", () => {
  it("saves the text with the cadre's version and one audit row; a stale version is a conflict naming it", async () => {
    const v = await version();
    const r = await runAs(staff, () =>
      saveRewardsAction({ cadreId, version: v, rewardsAndPunishments: "2023年被评为区优秀共产党员。" }),
    );
    expect(r?.data).toMatchObject({ ok: true, version: v + 1 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { objectId: cadreId, action: "cadre.update" },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ rewardsAndPunishments: { from: null, to: "2023年被评为区优秀共产党员。" } });
    const stale = await runAs(staff, () => saveRewardsAction({ cadreId, version: v, rewardsAndPunishments: "无" }));
    expect(stale?.data?.ok).toBe(false);
    if (stale?.data && !stale.data.ok) expect(stale.data.conflict.changes[0]?.label).toBe("奖惩情况");
    const long = await runAs(staff, () =>
      saveRewardsAction({ cadreId, version: v + 1, rewardsAndPunishments: "奖".repeat(1001) }),
    );
    expect(long?.validationErrors?.rewardsAndPunishments?._errors?.[0]).toBe("奖惩情况不超过1000个字");
  });

  it("needs the sanctions clearance: refused and audited for a 一般 editor", async () => {
    const v = await version();
    const r = await runAs(general, () => saveRewardsAction({ cadreId, version: v, rewardsAndPunishments: "" }));
    expect(r?.serverError).toBe("您的密级不足，无法查看此项（需“高度敏感”）");
    expect(
      await prisma.auditLog.count({
        where: { userId: general.userId, action: "read.denied.label", diff: { path: ["record"], equals: "rewards" } },
      }),
    ).toBe(1);
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId } })).rewardsAndPunishments).toContain("优秀");
  });
});

describe("群众公认度不高、跑官拉票、其他原因 (ZZ15-EXCL)", () => {
  const failedReasons = async () => {
    const { profile } = await getActiveProfile();
    const file = await runAs(staff, () => getCadreFile(staff, cadreId));
    const report = file.eligibility(profile, new Date("2026-06-30T00:00:00Z"));
    return new Set(
      report.targets.flatMap((t) =>
        t.verdict.checks.filter((c) => c.ruleId === "ZZ15-EXCL" && !c.passed).map((c) => String(c.values.reason)),
      ),
    );
  };

  it("recorded by a 一般 editor (GENERAL), they turn ZZ15-EXCL to 不符合; cleared again, it passes", async () => {
    expect(await failedReasons()).toEqual(new Set());
    const v = await version();
    const r = await runAs(general, () =>
      saveExclusionsAction({ cadreId, version: v, lowPublicRecognition: true, otherExclusionNote: "民主测评反映较差" }),
    );
    expect(r?.data?.ok).toBe(true);
    expect(await failedReasons()).toEqual(new Set(["LOW_RECOGNITION", "OTHER"]));
    const back = await runAs(general, () => saveExclusionsAction({ cadreId, version: v + 1 }));
    expect(back?.data?.ok).toBe(true);
    expect(await failedReasons()).toEqual(new Set());
    const stale = await runAs(general, () => saveExclusionsAction({ cadreId, version: v, canvassingRecorded: true }));
    expect(stale?.data?.ok).toBe(false);
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId } })).canvassingRecorded).toBe(false);
  });

  it("a unit user cannot reach another unit's cadre", async () => {
    const v = await version();
    const r = await runAs(unitUser, () => saveExclusionsAction({ cadreId, version: v, canvassingRecorded: true }));
    expect(r?.serverError).toBe("未找到该干部，或不在您的查看范围内");
  });
});

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7), Buffer.from([0xff, 0xd9])]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);

describe("照片", () => {
  it("stores a JPEG or PNG by its signature, audits 已更新 without the bytes", async () => {
    const v = await version();
    const r = await runAs(staff, () => saveCadrePhotoAction({ cadreId, version: v, photo: JPEG.toString("base64") }));
    expect(r?.data?.ok).toBe(true);
    const c = await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId } });
    expect(c.photoMime).toBe("image/jpeg");
    expect(Buffer.from(c.photo!).equals(JPEG)).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { objectId: cadreId, action: "cadre.update" },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toEqual({
      photo: { from: "无", to: "已更新" },
      photoMime: { from: null, to: "image/jpeg" },
    });
    const png = await runAs(staff, () =>
      saveCadrePhotoAction({ cadreId, version: v + 1, photo: PNG.toString("base64") }),
    );
    expect(png?.data?.ok).toBe(true);
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId } })).photoMime).toBe("image/png");
  });

  it("refuses bytes that are no image (whatever their name), an oversized photo and a stale version", async () => {
    const v = await version();
    const gif = await runAs(staff, () =>
      saveCadrePhotoAction({ cadreId, version: v, photo: Buffer.from("GIF89a....").toString("base64") }),
    );
    expect(gif?.validationErrors?.photo?._errors?.[0]).toBe("照片应为JPEG或PNG格式的图片");
    const big = Buffer.concat([JPEG, Buffer.alloc(PHOTO_MAX_BYTES, 1)]).toString("base64");
    const tooBig = await runAs(staff, () => saveCadrePhotoAction({ cadreId, version: v, photo: big }));
    expect(tooBig?.validationErrors?.photo?._errors?.[0]).toBe("照片不能超过512KB");
    const stale = await runAs(staff, () =>
      saveCadrePhotoAction({ cadreId, version: v - 1, photo: JPEG.toString("base64") }),
    );
    expect(stale?.data?.ok).toBe(false);
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId } })).photoMime).toBe("image/png");
  });
});
