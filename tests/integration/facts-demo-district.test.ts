import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluatePool, evaluateStaffing, resolveProfile, type StaffingReport } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts, loadPoolEntryFacts, loadStaffingFacts } from "@/lib/server/facts";
import { seedDemo } from "../../prisma/seed/index";
import { switchDatabase } from "../support/switch-database";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The demo district (seed 20201, 600 cadres, asOf 2026-11-22) evaluated with district-2020:
// the dashboards must have met and unmet targets to show.
const AS_OF = new Date("2026-11-22T00:00:00Z");
let staffing: StaffingReport;
let demo: TestDatabase;
const sharedUrl = process.env.DATABASE_URL!;

describe("the demo district under district-2020", () => {
  beforeAll(async () => {
    // The seed writes only into an empty database: give it its own for this file.
    demo = await createTestDatabase("miaopu_it_demo");
    await switchDatabase(demo.url);
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
});
