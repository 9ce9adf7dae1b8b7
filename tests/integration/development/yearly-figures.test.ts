import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { yearlyFigures } from "@/lib/server/development/yearly-figures";
import { attended, posting } from "./reminder-fixtures";
import { makeCadre, makeWorld, utc } from "./world";

// Year 2031 as seen by a unit user of a fresh unit: nothing else in the shared test database
// falls inside that scope, so every figure below is this test's own arithmetic.
describe("yearly figures", () => {
  it("2031: 3 trainings held (one ends in 2032, so its hours do not count); 4 members open on 2031-12-31 with 40 + 24 + 0 + 0 = 64 hours, 64 ÷ 4 = 16 each; 4 科级 young cadres posted (one left the pool after being posted) against ≈5, met from floor(5 × 0.9) = 4", async () => {
    const { a, actors } = await makeWorld();
    const section: { id: string }[] = [];
    for (let i = 0; i < 4; i++)
      section.push(await makeCadre({ unitId: a.id, tier: "SECTION", enteredOn: utc("2030-01-01") }));
    const [p1, p2] = section;
    const division = await makeCadre({ unitId: a.id, tier: "DIVISION_DEPUTY", enteredOn: utc("2030-01-01") });
    await makeCadre({ unitId: a.id }); // not in the pool
    // the fourth pool member left the pool before 2031 ended
    await prisma.poolEntry.updateMany({ where: { cadreId: section[3].id }, data: { closedOn: utc("2031-06-30") } });
    await attended(p1.id, { kind: "PARTY_SPIRIT", start: "2031-05-05", end: "2031-05-09", hours: 40 });
    await attended(p2.id, { kind: "SPECIAL_TRAINING", start: "2031-09-01", end: "2031-09-03", hours: 24 });
    await attended(division.id, { kind: "SPECIAL_TRAINING", start: "2031-12-30", end: "2032-01-02", hours: 16 }); // ends in 2032
    for (const c of section) await posting(c.id, { start: "2031-03-01", plannedEnd: "2032-03-01" });
    await posting(section[0].id, { kind: "DUNMIAO", start: "2031-04-01" }); // the same cadre counts once
    await posting(division.id, { start: "2031-03-01" }); // not a 科级 young cadre
    const f = await yearlyFigures(actors.unitA, 2031, utc("2040-01-01"));
    expect(f.asOf).toEqual(utc("2031-12-31"));
    expect(f.trainingsHeld).toBe(3);
    expect(f.trainingsByKind).toEqual({ PARTY_SPIRIT: 1, SPECIAL_TRAINING: 2 });
    expect([f.poolMembers, f.poolHours, f.hoursPerPoolMember]).toEqual([4, 64, 16]);
    expect(f.practice).toMatchObject({ ruleId: "D20-PRACTICE", status: "MET", actual: { count: 4 } });
    expect(f.practice.target.count).toBe(5);
  });
});
