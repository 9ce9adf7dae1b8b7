import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateStaffing, resolveProfile } from "@/lib/rules";
import type { DashboardModel } from "@/lib/dashboard/model";
import { computeDashboard } from "@/lib/server/dashboard/get-dashboard";
import { prisma } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { factsOn } from "@/lib/server/dashboard/facts-on";
import { loadDistrictFacts } from "@/lib/server/dashboard/load-facts";
import { loadStaffingFacts } from "@/lib/server/facts";
import { seedDemo } from "../../../prisma/seed/index";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { actorOf, createTestUser } from "../../support/users";

// The demo district (seed 20201, 600 cadres, reference day 2026-11-22) on the dashboard under
// its active profile, district-2020, in a database of its own (the seed needs an empty one).
const AS_OF = new Date("2026-11-22T00:00:00Z");
const YEAR_EARLIER = new Date("2025-11-22T00:00:00Z");
const sharedUrl = process.env.DATABASE_URL!;
let demo: TestDatabase;
let today: DashboardModel;
let lastYear: DashboardModel;

const statusOf = (m: DashboardModel, key: string) => m.targets.find((t) => t.key === key)?.status;

describe("the demo district's dashboard under district-2020", () => {
  beforeAll(async () => {
    demo = await createTestDatabase("miaopu_it_dash");
    await switchDatabase(demo.url);
    await seedDemo(prisma, { cadres: 600 });
    const leader = actorOf(await createTestUser("LEADER"));
    today = await computeDashboard(leader, AS_OF);
    lastYear = await computeDashboard(leader, YEAR_EARLIER);
  }, 180_000);

  afterAll(async () => {
    await switchDatabase(sharedUrl);
    await demo?.dispose();
  });

  it("evaluates the active profile, district-2020, and shows every D20-ST target row", () => {
    expect(today.profile.key).toBe("district-2020");
    expect(today.targets.map((t) => t.ruleId)).toEqual(
      expect.arrayContaining([
        "D20-ST-STREET-40",
        "D20-ST-STREET-35",
        "D20-ST-STREET-HEAD-45",
        "D20-ST-STREET-HEAD-40",
        "D20-ST-UNIT-40",
        "D20-ST-DEPT-HEAD-40",
        "D20-ST-NEWPROMO",
        "D20-ST-3Y-HEAD",
        "D20-ST-3Y-DEPUTY",
        "D20-ST-KJ-LARGE",
        "D20-ST-KJ-SMALL",
        "D20-EDU-PILOT",
      ]),
    );
  });

  it("gives a mix: D20-ST-STREET-HEAD-45 and D20-ST-UNIT-40 are met; D20-ST-STREET-40 and D20-ST-DEPT-HEAD-40 are not", () => {
    expect(statusOf(today, "D20-ST-STREET-HEAD-45")).toBe("MET");
    expect(statusOf(today, "D20-ST-UNIT-40")).toBe("MET");
    expect(statusOf(today, "D20-ST-STREET-40")).toBe("NOT_MET");
    expect(statusOf(today, "D20-ST-DEPT-HEAD-40")).toBe("NOT_MET");
  });

  it("names the streets behind the unmet street target, 青禾区青龙街道 among them, with the team's youngest age", () => {
    const row = today.targets.find((t) => t.key === "D20-ST-STREET-40")!;
    expect(row.lackingTotal + row.countedTotal).toBe(12);
    const qinglong = row.lacking.find((i) => i.label === "青禾区青龙街道");
    expect(qinglong?.detail).toMatch(/^班子最年轻成员 (4[3-9]|5\d)岁$/);
    expect(row.actualCount).toBe(row.countedTotal);
  });

  it("a year earlier recomputes from history: the figures differ", () => {
    const figures = (m: DashboardModel) => m.targets.map((t) => `${t.key}=${t.actualCount}/${t.targetCount}`).join(";");
    expect(lastYear.asOf).toBe("2025-11-22");
    expect(figures(lastYear)).not.toBe(figures(today));
    expect(lastYear.pool.activeCount).not.toBe(today.pool.activeCount);
  });

  it("each day's facts from the district's (relevant posts' history, promotions per window) give exactly the verdicts of the full-history loader (2026-11-22, 2025-11-22, 2023-03-01)", async () => {
    const profile = resolveProfile("district-2020");
    const full = await loadStaffingFacts();
    const district = await loadDistrictFacts();
    expect(district.active.profile.key).toBe(profile.key);
    expect(district.staffing.appointments.length).toBeLessThan(full.appointments.length);
    for (const asOf of [AS_OF, YEAR_EARLIER, new Date("2023-03-01T00:00:00Z")]) {
      const fast = (await factsOn(district, asOf, [])).staffing;
      const rows = (f: typeof full) =>
        evaluateStaffing(f.units, f.posts, f.appointments, f.promotions, profile, asOf).rows.map((r) => ({
          key: r.key,
          status: r.status,
          actual: r.actual.count,
          ids: [...r.ids].sort(),
          lacking: [...r.lackingIds].sort(),
          details: r.details,
        }));
      expect(rows(fast)).toEqual(rows(full));
    }
  });

  it("the pool charts add up: age pyramid and education cover every active member", () => {
    const pyramid = today.pool.ageBands.reduce((s, b) => s + b.male + b.female, 0);
    const education = today.pool.education.reduce((s, e) => s + e.value, 0);
    expect(pyramid).toBe(today.pool.activeCount);
    expect(education).toBe(today.pool.activeCount);
    expect(today.pool.women?.targetRatio).toBe(0.2);
  });

  it("unit users and the system administrator get no dashboard", async () => {
    const unit = await prisma.unit.findFirstOrThrow({ where: { type: "STREET" } });
    for (const actor of [
      actorOf(await createTestUser("UNIT", { unitId: unit.id })),
      actorOf(await createTestUser("SYS_ADMIN")),
    ]) {
      await expect(computeDashboard(actor, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
