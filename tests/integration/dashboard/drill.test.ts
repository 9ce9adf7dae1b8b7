import { beforeEach, describe, expect, it } from "vitest";
import { drillLists } from "@/lib/dashboard/drill";
import { clearDashboardCache } from "@/lib/server/dashboard/dashboard-cache";
import { dashboardDrill } from "@/lib/server/dashboard/drill";
import { currentDashboard } from "@/lib/server/dashboard/get-dashboard";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";
import { d } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";
import { streetLackingForty } from "./street-lacking-forty";

// The page ships each row's figures; the lists behind a figure are fetched when the row opens
// (lib/server/dashboard/drill.ts), from the model the page showed while it is kept.
const AS_OF = "2026-06-30";
const NOW = new Date("2026-06-30T04:00:00Z");
const KEY = "D20-ST-STREET-40";

describe("the lists behind a dashboard figure", () => {
  beforeEach(() => clearDashboardCache());
  useFallbackProfile();

  it("come from the page's model — also after a change while it is kept — and from the current one, marked updated, once it is not", async () => {
    const { leader, appointYoung } = await streetLackingForty(NOW);
    const page = await currentDashboard(leader, AS_OF);
    const row = page.targets.find((t) => t.key === KEY)!;
    const request = { asOf: d(AS_OF), computedAt: page.computedAt, table: "targets" as const, key: KEY };

    const first = await dashboardDrill(leader, request);
    expect(first).toEqual({ ...drillLists(page, "targets", KEY), computedAt: page.computedAt, updated: false });
    expect(first.lackingTotal).toBe(row.lackingTotal);

    // a 39-year-old joins the team: the street moves from lacking to counted in the new figures,
    // not in the page's
    await appointYoung();
    const kept = await dashboardDrill(leader, request);
    expect(kept).toEqual(first);

    clearDashboardCache();
    const fresh = await dashboardDrill(leader, request);
    expect(fresh.updated).toBe(true);
    expect(fresh.computedAt).not.toBe(page.computedAt);
    // the lists show at most 60 of the run's streets: the totals say where this one went
    expect(fresh.lackingTotal).toBe(row.lackingTotal - 1);
    expect(fresh.countedTotal).toBe(row.countedTotal + 1);
  });

  it("name a row the profile does not have in Chinese, and are refused to a unit user", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const page = await currentDashboard(leader, AS_OF);
    await expect(
      dashboardDrill(leader, { asOf: d(AS_OF), computedAt: page.computedAt, table: "pool", key: KEY }),
    ).rejects.toThrow("该指标已不在当前的政策配置中，请刷新页面");
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: (await createTestUnit("STREET")).id }));
    await expect(
      dashboardDrill(unitUser, { asOf: d(AS_OF), computedAt: page.computedAt, table: "targets", key: KEY }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
