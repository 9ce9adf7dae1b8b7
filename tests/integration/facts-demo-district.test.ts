import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  evaluatePool,
  evaluateStaffing,
  profilePublicityEnd,
  profileTiers,
  resolveProfile,
  workingDaysBetween,
  type StaffingReport,
} from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts, loadPoolEntryFacts, loadStaffingFacts } from "@/lib/server/facts";
import { loadWorkingDayCalendar } from "@/lib/server/nominations/calendar";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { seedDemo } from "../../prisma/seed/index";
import { switchDatabase } from "../support/switch-database";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The demo district (seed 20201, 600 cadres, asOf 2026-11-22) evaluated with district-2020:
// the dashboards must have met and unmet targets to show. A local correction to the calendar
// (2026-11-24 a rest day) is stored before seeding: the seed must count 公示 with it, as the app does.
const LOCAL_REST_DAY = new Date("2026-11-24T00:00:00Z");
const AS_OF = new Date("2026-11-22T00:00:00Z");
let staffing: StaffingReport;
let demo: TestDatabase;
const sharedUrl = process.env.DATABASE_URL!;

describe("the demo district under district-2020", () => {
  beforeAll(async () => {
    // The seed writes only into an empty database: give it its own for this file.
    demo = await createTestDatabase("miaopu_it_demo");
    await switchDatabase(demo.url);
    await prisma.workingDayOverride.create({
      data: { date: LOCAL_REST_DAY, isWorkingDay: false, name: "本地放假（测试）" },
    });
    await seedDemo(prisma, { cadres: 600 });
    const f = await loadStaffingFacts();
    staffing = evaluateStaffing(f.units, f.posts, f.appointments, f.promotions, resolveProfile("district-2020"), AS_OF);
  }, 120_000);

  afterAll(async () => {
    await switchDatabase(sharedUrl);
    await demo?.dispose();
  });

  it("gives a mix of met and unmet staffing targets", () => {
    const byStatus = (s: string) => staffing.rows.filter((r) => r.status === s).map((r) => r.ruleId);
    expect(byStatus("MET").length).toBeGreaterThan(0);
    expect(byStatus("NOT_MET").length).toBeGreaterThan(0);
    expect(staffing.rows.map((r) => r.ruleId)).toContain("D20-ST-STREET-40");
  });

  it("names the streets behind D20-ST-STREET-40 (each street is either counted or lacking)", async () => {
    const row = staffing.rows.find((r) => r.ruleId === "D20-ST-STREET-40")!;
    const streets = await prisma.unit.count({ where: { type: "STREET", archivedAt: null } });
    expect(row.ids.length + row.lackingIds.length).toBe(streets);
  });

  it("evaluates the open pool: women share is reported against ≥20%", async () => {
    const report = evaluatePool(await loadPoolEntryFacts(), resolveProfile("district-2020"), AS_OF);
    const women = report.rows.find((r) => r.ruleId === "D20-POOL-WOMEN")!;
    expect(report.activeCount).toBeGreaterThan(0);
    expect(["MET", "NOT_MET", "AT_RISK"]).toContain(women.status);
  });

  it("loads full candidate facts for a pool member in one batch", async () => {
    const entry = await prisma.poolEntry.findFirstOrThrow({ where: { closedOn: null }, select: { cadreId: true } });
    const facts = (await loadCadreFacts([entry.cadreId])).get(entry.cadreId)!;
    expect(facts.appointments.length).toBeGreaterThan(0);
    expect(facts.assessments.length).toBeGreaterThanOrEqual(3);
  });

  it("ends every seeded 公示 on the day the app's calculator gives (profile, official calendar, local corrections)", async () => {
    const [{ profile }, calendar] = await Promise.all([getActiveProfile(), loadWorkingDayCalendar()]);
    const rows = await prisma.nomination.findMany({
      where: { publicityStart: { not: null } },
      select: {
        publicityStart: true,
        publicityEnd: true,
        events: { select: { toStage: true, occurredAt: true, data: true } },
      },
    });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    for (const n of rows) {
      const expected = iso(profilePublicityEnd(n.publicityStart!, profile, calendar));
      expect(`${iso(n.publicityStart!)} → ${iso(n.publicityEnd!)}`).toBe(`${iso(n.publicityStart!)} → ${expected}`);
      const step = n.events.find((e) => e.toStage === "PUBLICIZED")!.data as { publicityEnd: string };
      expect(step.publicityEnd).toBe(expected);
      // 任职 only after the period ran out, as the app's 任职 step requires
      const appointed = n.events.find((e) => e.toStage === "APPOINTED");
      if (appointed) expect(appointed.occurredAt.getTime()).toBeGreaterThan(n.publicityEnd!.getTime() + 86_400_000);
    }
    // the correction mattered: the running 公示 spans the local rest day and still covers asOf
    const live = rows.filter((n) => n.publicityStart! <= LOCAL_REST_DAY && n.publicityEnd! >= LOCAL_REST_DAY);
    expect(live.length).toBeGreaterThan(0);
    for (const n of live) expect(workingDaysBetween(n.publicityStart!, n.publicityEnd!, calendar)).toBe(5);
    expect(live.some((n) => n.publicityEnd! >= AS_OF)).toBe(true);
  });

  it("fills only the active profile's tiers (district-2020: 正处级/副处级/科级年轻干部), in entries and nominations", async () => {
    const active = profileTiers((await getActiveProfile()).profile);
    expect(active).toEqual(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION"]);
    const entries = await prisma.poolEntry.groupBy({ by: ["tier"], _count: { _all: true } });
    const nominations = await prisma.nomination.groupBy({ by: ["tier"], _count: { _all: true } });
    expect(entries.map((e) => e.tier).sort()).toEqual([...active].sort());
    for (const n of nominations) expect(active).toContain(n.tier);
  });
});
