import { beforeAll, describe, expect, it } from "vitest";
import {
  saveAppointmentAction,
  saveAssessmentAction,
  saveCadreAction,
  saveEducationAction,
} from "@/app/(app)/cadres/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import type { Actor } from "@/lib/auth/actor";
import { decryptIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { idCheckChar } from "@/lib/validation/id-number";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

// 身份证号 built with a valid check digit: 110105 + 1990-03-07 + 12 + odd digit 3 (male) → check char
const first17 = "11010519900307123";
const ID = first17 + idCheckChar(first17);

let org: Actor;
let other: Actor;
let unitId: string;

const basic = {
  name: "张三丰",
  gender: "MALE",
  birthDate: "1990-03-07",
  idNumber: ID,
  ethnicity: "汉族",
  politicalStatus: "CPC_MEMBER",
  partyJoinDate: "2012-07-01",
  health: "HEALTHY",
  establishmentType: "CIVIL_SERVANT",
  status: "SERVING",
  currentPostTitle: "测试科员",
} as const;

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  other = actorOf(await createTestUser("ORG_ADMIN"));
  unitId = (await createTestUnit()).id;
});

async function createOne(extra: Record<string, unknown> = {}) {
  const r = await runAs(org, () =>
    saveCadreAction({ ...basic, unitId, ...extra, idNumber: (extra.idNumber as string) ?? "" }),
  );
  if (!r?.data?.ok) throw new Error(JSON.stringify(r));
  return r.data.id;
}

describe("creating and editing a cadre", () => {
  it("creates with a valid 身份证号: pinyin derived, number encrypted with its hash, one audit row", async () => {
    const r = await runAs(org, () => saveCadreAction({ ...basic, unitId }));
    expect(r?.data?.ok).toBe(true);
    const id = r!.data!.ok ? r!.data!.id : "";
    const c = await prisma.cadre.findUniqueOrThrow({ where: { id } });
    expect([c.namePinyin, c.namePinyinInitials]).toEqual(["zhangsanfeng", "zsf"]);
    expect(c.idNumberCipher && decryptIdNumber(c.idNumberCipher)).toBe(ID);
    expect(c.birthDate.toISOString().slice(0, 10)).toBe("1990-03-07");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "cadre.create", objectId: id } });
    expect(JSON.stringify(audit.diff)).not.toContain(ID);
  });

  it("refuses a 身份证号 whose birth date or gender differs from the typed ones, beside the field, and creates nothing", async () => {
    const before = await prisma.cadre.count();
    const r = await runAs(org, () =>
      saveCadreAction({ ...basic, unitId, name: "李四", idNumber: ID, birthDate: "1990-03-08", gender: "FEMALE" }),
    );
    const msgs = r?.validationErrors?.idNumber?._errors ?? [];
    expect(msgs[0]).toBe("出生日期与身份证号不一致（身份证号为1990-03-07，填写为1990-03-08）");
    const bad = await runAs(org, () =>
      saveCadreAction({
        ...basic,
        unitId,
        name: "李四",
        idNumber: first17 + "0" === ID ? first17 + "1" : first17 + "0",
      }),
    );
    expect(bad?.validationErrors?.idNumber?._errors?.[0]).toMatch(/^身份证号校验位错误，应为/);
    expect(await prisma.cadre.count()).toBe(before);
  });

  it("a stale save is refused with the other person's change, and the stored record keeps it", async () => {
    const id = await createOne({ name: "王冲突" });
    const first = await runAs(other, () =>
      saveCadreAction({
        ...basic,
        idNumber: "",
        unitId,
        id,
        version: 1,
        name: "王冲突",
        currentPostTitle: "办公室主任",
      }),
    );
    expect(first?.data).toMatchObject({ ok: true, version: 2 });
    const stale = await runAs(org, () =>
      saveCadreAction({
        ...basic,
        idNumber: "",
        unitId,
        id,
        version: 1,
        name: "王冲突",
        currentPostTitle: "综合科科长",
      }),
    );
    expect(stale?.data?.ok).toBe(false);
    const conflict = stale?.data && !stale.data.ok ? stale.data.conflict : null;
    expect(conflict?.by).toBe(other.username);
    expect(conflict?.currentVersion).toBe(2);
    expect(conflict?.changes).toContainEqual({
      field: "currentPostTitle",
      label: "现任职务",
      from: "测试科员",
      to: "办公室主任",
    });
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id } })).currentPostTitle).toBe("办公室主任");
    // overwriting on purpose with the current version works
    const again = await runAs(org, () =>
      saveCadreAction({
        ...basic,
        idNumber: "",
        unitId,
        id,
        version: 2,
        name: "王冲突",
        currentPostTitle: "综合科科长",
      }),
    );
    expect(again?.data).toMatchObject({ ok: true, version: 3 });
  });

  it("education keeps highestFullTimeLevel and hasEliteDegree in sync; the flags come from the 院校代码表 (在职 and non-elite records do not count)", async () => {
    const id = await createOne({ name: "赵学历" });
    const add = (x: Record<string, unknown>) =>
      runAs(org, () => saveEducationAction({ cadreId: id, degree: "NONE", school: "某某大学", ...x } as never));
    await add({ level: "BACHELOR", fullTime: true, degree: "BACHELOR" });
    await add({ level: "MASTER_STUDY", fullTime: false, school: "武汉大学", is985: false });
    const c = await prisma.cadre.findUniqueOrThrow({ where: { id } });
    expect([c.highestFullTimeLevel, c.hasEliteDegree]).toEqual(["BACHELOR", false]);
    const r = await add({
      level: "MASTER_STUDY",
      fullTime: true,
      school: "中国科大",
      startDate: "2012-09-01",
      graduationDate: "2012-06-01",
    });
    expect(r?.validationErrors?.graduationDate?._errors?.[0]).toBe("毕业时间应晚于入学时间");
    await add({
      level: "MASTER_STUDY",
      fullTime: true,
      school: "中国科大",
      degree: "MASTER",
      degreeDiscipline: "工学",
    });
    const after = await prisma.cadre.findUniqueOrThrow({
      where: { id },
      include: { educationRecords: { orderBy: { createdAt: "asc" } } },
    });
    expect([after.highestFullTimeLevel, after.hasEliteDegree]).toEqual(["MASTER_STUDY", true]);
    expect(
      after.educationRecords.map((e) => [e.school, e.is985, e.is211, e.isDoubleFirstClass, e.degreeDiscipline]),
    ).toEqual([
      ["某某大学", false, false, false, null],
      ["武汉大学", true, true, true, null],
      ["中国科大", true, true, true, "工学"],
    ]);
  });

  it("an open appointment becomes the current post; an assessment year is recorded once", async () => {
    const id = await createOne({ name: "钱任职" });
    const post = await prisma.post.create({ data: { unitId, title: "党政办主任", rank: "SECTION_PRINCIPAL" } });
    const r = await runAs(org, () => saveAppointmentAction({ cadreId: id, postId: post.id, startDate: "2024-03-01" }));
    expect(r?.data?.ok).toBe(true);
    const c = await prisma.cadre.findUniqueOrThrow({ where: { id }, include: { unit: true } });
    expect(c.currentPostTitle).toBe(`${c.unit!.name}党政办主任`);
    expect(c.rank).toBe("SECTION_PRINCIPAL");
    // the cadre's own audit row, so a stale basic-form save is told who changed 现任职务
    const row = await prisma.auditLog.findFirstOrThrow({
      where: { action: "cadre.update", objectId: id },
      orderBy: { id: "desc" },
    });
    expect(row.diff).toMatchObject({
      currentPostTitle: { from: "测试科员", to: `${c.unit!.name}党政办主任` },
      rank: { to: "SECTION_PRINCIPAL" },
    });
    const noReason = await runAs(org, () =>
      saveAppointmentAction({ cadreId: id, postId: post.id, startDate: "2020-01-01", endDate: "2021-01-01" }),
    );
    expect(noReason?.validationErrors?.endReason?._errors?.[0]).toBe("请选择离任方式");
    expect(
      (await runAs(org, () => saveAssessmentAction({ cadreId: id, year: 2025, grade: "EXCELLENT" })))?.data?.ok,
    ).toBe(true);
    const dup = await runAs(org, () => saveAssessmentAction({ cadreId: id, year: 2025, grade: "COMPETENT" }));
    expect(dup?.validationErrors?.year?._errors?.[0]).toBe("2025年度考核结果已登记，请在原记录上修改");
  });

  it("a leadership post has one holder at a time in the record editor too: 2024-03-01— held, so 2025-01-01— is refused; 2020-01-01—2023-12-31 before it is kept", async () => {
    const holder = await createOne({ name: "冯书记" });
    const other = await createOne({ name: "陈后来" });
    const post = await prisma.post.create({
      data: { unitId, title: "党工委书记", rank: "DIVISION_PRINCIPAL", isLeadership: true, isPrincipal: true },
    });
    expect(
      (await runAs(org, () => saveAppointmentAction({ cadreId: holder, postId: post.id, startDate: "2024-03-01" })))
        ?.data?.ok,
    ).toBe(true);
    const clash = await runAs(org, () =>
      saveAppointmentAction({ cadreId: other, postId: post.id, startDate: "2025-01-01" }),
    );
    expect(clash?.validationErrors?.startDate?._errors?.[0]).toBe(
      "该职位在此期间已有任职人员（冯书记，2024.03.01至今），请先办理免职或调整任职时间",
    );
    expect(await prisma.appointment.count({ where: { cadreId: other } })).toBe(0);
    const earlier = await runAs(org, () =>
      saveAppointmentAction({
        cadreId: other,
        postId: post.id,
        startDate: "2020-01-01",
        endDate: "2023-12-31",
        endReason: "TRANSFERRED",
      }),
    );
    expect(earlier?.data?.ok).toBe(true);
    // stretching that earlier period into the holder's is refused as well
    const a = await prisma.appointment.findFirstOrThrow({ where: { cadreId: other } });
    const stretched = await runAs(org, () =>
      saveAppointmentAction({
        id: a.id,
        version: a.version,
        cadreId: other,
        postId: post.id,
        startDate: "2020-01-01",
        endDate: "2024-06-30",
        endReason: "TRANSFERRED",
      }),
    );
    expect(stretched?.validationErrors?.startDate?._errors?.[0]).toContain("冯书记");
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: a.id } })).endDate).toEqual(
      new Date("2023-12-31"),
    );
  });

  it("a unit user cannot edit another unit's cadre (not found) and their new cadres land in their own unit", async () => {
    const id = await createOne({ name: "孙外单位" });
    const mine = await createTestUnit();
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: mine.id }));
    const r = await runAs(unitUser, () =>
      saveCadreAction({ ...basic, idNumber: "", id, version: 1, name: "孙外单位", unitId }),
    );
    expect(r?.serverError).toBe("未找到该干部，或不在您的查看范围内");
    const created = await runAs(unitUser, () => saveCadreAction({ ...basic, idNumber: "", name: "周本单位", unitId }));
    const newId = created?.data?.ok ? created.data.id : "";
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: newId } })).unitId).toBe(mine.id);
  });
});
