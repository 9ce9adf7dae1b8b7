import { beforeEach, describe, expect, it } from "vitest";
import type { DashboardModel } from "@/lib/dashboard/model";
import { clearDashboardCache, dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { districtFacts } from "@/lib/server/dashboard/district-facts";
import { computeDashboard } from "@/lib/server/dashboard/get-dashboard";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, d } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";
import { streetLackingForty } from "./street-lacking-forty";

// The district's facts are read once per data stamp and every day and reader is computed from
// them in memory (lib/server/dashboard/district-facts.ts, facts-on.ts).
const NOW = new Date("2026-06-30T04:00:00Z");
const street40 = (m: DashboardModel) => m.targets.find((t) => t.key === "D20-ST-STREET-40")!.actualCount;
const stageCount = (m: DashboardModel, stage: string) => m.flows.nominations.find((s) => s.stage === stage)!.count;

describe("the district's facts behind the dashboard", () => {
  beforeEach(() => clearDashboardCache());
  useFallbackProfile();

  it("serve 2026-06-30 and 2025-06-30 from one read; after an appointment they are read again and the street-40 figure is one higher", async () => {
    const { leader, appointYoung } = await streetLackingForty(NOW);
    const stamp = await dataStamp();
    const before = await computeDashboard(leader, d("2026-06-30"), stamp);
    const facts = await districtFacts(stamp);
    await computeDashboard(leader, d("2025-06-30"), stamp);
    expect(await districtFacts(stamp)).toBe(facts);

    await appointYoung();
    const next = await dataStamp();
    expect(next).not.toBe(stamp);
    const after = await computeDashboard(leader, d("2026-06-30"), next);
    expect(await districtFacts(next)).not.toBe(facts);
    expect(street40(after)).toBe(street40(before) + 1);
  });

  it("leave out a reader's recusals from one shared read: the recused member's entry (1) and nomination (1 in 考察) are not counted for them", async () => {
    const cadre = await createCadreBorn(null, "回避库员", "1990-03-01", "FEMALE");
    const unit = await prisma.unit.findFirstOrThrow({ where: { archivedAt: null } });
    await prisma.poolEntry.create({
      data: { cadreId: cadre.id, tier: "SECTION", source: "ORG_INVESTIGATION", enteredOn: d("2025-01-10") },
    });
    const nomination = await prisma.nomination.create({
      data: { cadreId: cadre.id, unitId: unit.id, tier: "SECTION", stage: "INVESTIGATED" },
    });
    await prisma.nominationEvent.create({
      data: { nominationId: nomination.id, toStage: "INVESTIGATED", occurredAt: new Date("2026-05-01T02:00:00Z") },
    });
    const stamp = await dataStamp();
    const plain = actorOf(await createTestUser("LEADER"));
    const recused = actorOf(await createTestUser("LEADER"), { recusedCadreIds: [cadre.id] });

    const all = await computeDashboard(plain, d("2026-06-30"), stamp);
    const facts = await districtFacts(stamp);
    const without = await computeDashboard(recused, d("2026-06-30"), stamp);
    expect(await districtFacts(stamp)).toBe(facts);
    expect(without.pool.activeCount).toBe(all.pool.activeCount - 1);
    expect(without.pool.women!.count).toBe(all.pool.women!.count - 1);
    expect(stageCount(without, "INVESTIGATED")).toBe(stageCount(all, "INVESTIGATED") - 1);
    // before the event happened, neither reader counts it
    const earlier = await computeDashboard(plain, d("2026-04-30"), stamp);
    expect(stageCount(earlier, "INVESTIGATED")).toBe(stageCount(all, "INVESTIGATED") - 1);
  });
});
