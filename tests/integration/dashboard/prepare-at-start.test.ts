import { beforeEach, describe, expect, it } from "vitest";
import { isoDay } from "@/lib/rules";
import { todayInChina, yearEarlier } from "@/lib/format/dates";
import { cachedDashboard, clearDashboardCache } from "@/lib/server/dashboard/dashboard-cache";
import { prepareDashboards } from "@/lib/server/dashboard/prepare-at-start";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";

// A new process prepares today's and the year-earlier dashboard for readers without recusals
// (lib/server/dashboard/prepare-at-start.ts), so its first leader is served from memory.
const refuse = () => Promise.reject(new Error("computed for the reader"));

describe("the dashboard prepared at the start of a process", () => {
  beforeEach(() => clearDashboardCache());
  useFallbackProfile();

  it("serves the first leader without recusals today and a year earlier from memory (2 of 2 hits); a leader with a recusal is computed for", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const relative = await createCadreBorn(null, "回避亲属", "1980-01-01");
    const recused = actorOf(await createTestUser("LEADER"), { recusedCadreIds: [relative.id] });
    await prepareDashboards();
    const today = todayInChina();
    for (const day of [today, yearEarlier(today)]) {
      const r = await cachedDashboard(leader, isoDay(day), refuse);
      expect(r.hit).toBe(true);
      expect(r.model.asOf).toBe(isoDay(day));
    }
    await expect(cachedDashboard(recused, isoDay(today), refuse)).rejects.toThrow("computed for the reader");
  });
});
