// db:check for the 院校代码表: records written before the table (an old import stored no flag, the
// old editor a hand-ticked one) are found and, with --fix, recomputed with the cadre's
// hasEliteDegree — in a database of its own, since the fix touches every record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { findSchoolFlagDrift, fixSchoolFlagDrift } from "@/lib/server/schools/school-flags-check";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase, workerDatabaseUrl } from "../../support/test-database";
import { createTestCadre } from "../../support/users";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase("miaopu_school_flags");
  await switchDatabase(db.url);
});
afterAll(async () => {
  await switchDatabase(workerDatabaseUrl());
  await db?.dispose();
});

describe("985/211/双一流 flags against the 院校代码表", () => {
  it("武汉大学 stored unflagged and 某某职业学院 stored as 985: 2 records drift; --fix flags 武大 (985, 211, 双一流), clears the other, and the cadres follow", async () => {
    const [a, b] = [await createTestCadre(null, "甲"), await createTestCadre(null, "乙")];
    const edu = (cadreId: string, school: string, is985: boolean) =>
      prisma.educationRecord.create({
        data: { cadreId, level: "BACHELOR", degree: "BACHELOR", fullTime: true, school, is985 },
      });
    const whu = await edu(a.id, "武汉大学", false);
    const other = await edu(b.id, "某某职业学院", true);
    await prisma.cadre.update({ where: { id: b.id }, data: { hasEliteDegree: true } });

    expect(await findSchoolFlagDrift()).toBe(2);
    expect(await fixSchoolFlagDrift()).toEqual({ records: 2, cadres: 2 });
    expect(await prisma.educationRecord.findUniqueOrThrow({ where: { id: whu.id } })).toMatchObject({
      is985: true,
      is211: true,
      isDoubleFirstClass: true,
    });
    expect((await prisma.educationRecord.findUniqueOrThrow({ where: { id: other.id } })).is985).toBe(false);
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: a.id } })).hasEliteDegree).toBe(true);
    expect((await prisma.cadre.findUniqueOrThrow({ where: { id: b.id } })).hasEliteDegree).toBe(false);
    expect(await prisma.auditLog.count({ where: { action: "school.recompute" } })).toBe(1);
    expect(await findSchoolFlagDrift()).toBe(0);
  });
});
