// 院校代码表 against PostgreSQL: a change is versioned and audited, and recomputes in the same
// transaction the flags of the education records whose school it names and the cadres'
// hasEliteDegree (what the roster filter and D20-XFER-985 read); archiving takes them back.
import { beforeAll, describe, expect, it } from "vitest";
import { archiveSchoolAction, saveSchoolAction } from "@/app/(app)/settings/codes/actions";
import { runAs } from "@/lib/server/auth/actor-context";
import { prisma } from "@/lib/server/db";
import { listSchoolRows } from "@/lib/server/schools/school-table";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

let admin: Actor;
let cadreId: string;

const flags = async () => {
  const c = await prisma.cadre.findUniqueOrThrow({ where: { id: cadreId }, include: { educationRecords: true } });
  const e = c.educationRecords[0];
  return [e.is985, e.is211, e.isDoubleFirstClass, c.hasEliteDegree];
};

beforeAll(async () => {
  admin = actorOf(await createTestUser("ORG_ADMIN"));
  const unit = await createTestUnit();
  cadreId = (await createTestCadre(unit.id, "周学院")).id;
  // a school no list names yet, written the way a record may carry it (short name + faculty)
  await prisma.educationRecord.create({
    data: { cadreId, level: "BACHELOR", fullTime: true, school: "青科大", major: "计算机学院软件工程" },
  });
});

describe("院校代码表", () => {
  it("adding a school with the record's short name as an alias flags the record and the cadre; audited", async () => {
    expect(await flags()).toEqual([false, false, false, false]);
    const r = await runAs(admin, () =>
      saveSchoolAction({
        name: "青禾科技大学",
        aliases: "青科大、青禾理工学院",
        is211: true,
        isDoubleFirstClass: true,
      }),
    );
    expect(r?.data).toMatchObject({ ok: true, records: 1, cadres: 1 });
    expect(await flags()).toEqual([false, true, true, true]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "school.create" },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ recomputed: { educationRecords: 1, cadres: 1 } });
    // the published rows were stored with it (the first edit)
    expect((await listSchoolRows()).filter((s) => s.is985)).toHaveLength(39);
  });

  it("a name already used by another row is refused beside the field; a stale version is refused", async () => {
    const r = await runAs(admin, () => saveSchoolAction({ name: "测试学院", aliases: "武大" }));
    const errors = r?.validationErrors as Record<string, { _errors?: string[] }> | undefined;
    expect(errors?.aliases?._errors?.[0]).toBe("别名“武大”已是“武汉大学”的名称或别名");
    const stale = await runAs(admin, () => archiveSchoolAction({ name: "青禾科技大学", archived: true, version: 99 }));
    expect(stale?.serverError).toBeTruthy();
    expect(await flags()).toEqual([false, true, true, true]);
  });

  it("archiving the school clears the flags (never deleted); restoring sets them again", async () => {
    const row = await prisma.school.findUniqueOrThrow({ where: { name: "青禾科技大学" } });
    await runAs(admin, () => archiveSchoolAction({ name: row.name, archived: true, version: row.version }));
    expect(await flags()).toEqual([false, false, false, false]);
    expect(await prisma.school.findUnique({ where: { name: "青禾科技大学" } })).toMatchObject({ version: 2 });
    await runAs(admin, () => archiveSchoolAction({ name: row.name, archived: false, version: 2 }));
    expect(await flags()).toEqual([false, true, true, true]);
  });

  it("the organization staff may not change it", async () => {
    const staff = actorOf(await createTestUser("ORG_STAFF"));
    const r = await runAs(staff, () => saveSchoolAction({ name: "某某学院", aliases: "" }));
    expect(r?.data).toBeUndefined();
    expect(await prisma.school.findUnique({ where: { name: "某某学院" } })).toBeNull();
  });
});
