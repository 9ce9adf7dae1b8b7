import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { getCadreDevelopment } from "@/lib/server/development/cadre-development";
import { NotFoundError } from "@/lib/errors/user-facing";
import { attended, mentorship, posting } from "./reminder-fixtures";
import { makeCadre, makeWorld, utc } from "./world";

describe("one cadre's growth record for the profile", () => {
  it("hours per year: 2025 = 40 + 24 = 64, 2026 = 180 (an unfinished 2026 class does not count); compliance of the open pool entry; talks with their effect; scoped", async () => {
    const { a, b, actors } = await makeWorld();
    const c = await makeCadre({ unitId: a.id, tier: "SECTION", enteredOn: utc("2024-01-01") });
    const mentor = await makeCadre({ unitId: a.id, name: "导师丙" });
    await attended(c.id, { kind: "PARTY_SPIRIT", start: "2025-05-05", end: "2025-05-11", hours: 40 });
    await attended(c.id, { kind: "SPECIAL_TRAINING", start: "2025-09-01", end: "2025-09-03", hours: 24 });
    await attended(c.id, { kind: "YOUNG_CADRE_CLASS", start: "2026-03-02", end: "2026-03-31", hours: 180 });
    await attended(c.id, {
      kind: "SPECIAL_TRAINING",
      start: "2026-11-20",
      end: "2026-11-21",
      hours: 16,
      completed: false,
    });
    await posting(c.id, { start: "2026-01-05", plannedEnd: "2027-01-05" });
    await mentorship(c.id, mentor.id, "2025-01-06", "2026-10-01");
    await prisma.talk.create({
      data: {
        cadreId: c.id,
        kind: "ADMONITION",
        talkedOn: utc("2026-02-01"),
        talkedBy: "组织部",
        summary: "容错",
        errorTolerated: true,
      },
    });
    const d = await getCadreDevelopment(actors.unitA, c.id, utc("2026-11-22"));
    expect(d.hoursByYear).toEqual([
      { year: 2026, hours: 180 },
      { year: 2025, hours: 64 },
    ]);
    expect(d.trainings).toHaveLength(4);
    expect(d.compliance?.politicalLastOn).toEqual(utc("2026-03-31"));
    expect(d.compliance?.checks.every((x) => x.passed)).toBe(true);
    expect(d.practices).toHaveLength(1);
    expect(d.mentors.map((m) => m.mentor.name)).toEqual(["导师丙"]);
    expect(d.talks[0].effect.ruleId).toBe("D20-MGMT-ERROR-TOLERANCE");
    const other = await makeCadre({ unitId: b.id });
    await expect(getCadreDevelopment(actors.unitA, other.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
