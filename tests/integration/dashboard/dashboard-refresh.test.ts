import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DashboardModel } from "@/lib/dashboard/model";
import { isoDay } from "@/lib/rules";
import { todayInChina, yearEarlier } from "@/lib/format/dates";
import { cachedDashboard, clearDashboardCache } from "@/lib/server/dashboard/dashboard-cache";
import { keepFresh, refreshDashboards, stopRefreshing, WATCH_MS } from "@/lib/server/dashboard/dashboard-refresh";
import { computeDashboard, getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { actorOf, createTestUser } from "../../support/users";
import { d } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";
import { streetLackingForty } from "./street-lacking-forty";

const AS_OF = "2026-06-30";
const NOW = new Date("2026-06-30T04:00:00Z");
type Actor = Parameters<typeof computeDashboard>[0];

function counting(actor: Actor, day = AS_OF) {
  const calls = { n: 0 };
  const compute = () => {
    calls.n += 1;
    return computeDashboard(actor, d(day));
  };
  return { calls, compute };
}

/** A compute the test forbids: the model must come from memory. */
const mustNotCompute = (): Promise<DashboardModel> => Promise.reject(new Error("computed although it was prepared"));
const street40 = (m: DashboardModel) => m.targets.find((t) => t.key === "D20-ST-STREET-40")!.actualCount;

describe("the dashboard refreshed ahead of its readers", () => {
  beforeEach(() => {
    stopRefreshing();
    clearDashboardCache();
  });
  afterEach(() => stopRefreshing());
  useFallbackProfile();

  it("recomputes a watched day after a change, so the next reader gets the street-40 figure one higher from memory", async () => {
    const { leader, appointYoung } = await streetLackingForty(NOW);
    const { calls, compute } = counting(leader);
    const before = await cachedDashboard(leader, AS_OF, compute);
    keepFresh(leader, AS_OF, compute);
    expect(await refreshDashboards()).toBe(0); // nothing changed: nothing computed

    await appointYoung();
    await refreshDashboards();
    const after = await cachedDashboard(leader, AS_OF, mustNotCompute);

    expect(after.hit).toBe(true);
    expect(calls.n).toBeGreaterThanOrEqual(2);
    expect(street40(after.model)).toBe(street40(before.model) + 1);
  });

  it("answers a refresh asked for during another one only after a refresh that saw the change: 2 computations, street-40 + 1", async () => {
    const { leader, appointYoung } = await streetLackingForty(NOW);
    const before = await computeDashboard(leader, d(AS_OF));
    let open = (): void => {};
    const gate = new Promise<void>((r) => (open = r));
    const stamps: string[] = [];
    const gated = async (stamp: string) => {
      stamps.push(stamp);
      await gate;
      return computeDashboard(leader, d(AS_OF), stamp);
    };
    keepFresh(leader, AS_OF, gated);
    const first = refreshDashboards(); // reads the stamp before the change, then waits at the gate
    await vi.waitFor(() => expect(stamps).toHaveLength(1));
    await appointYoung();
    const second = refreshDashboards(); // must not resolve with the first, which predates the change
    open();
    await first;
    expect(await second).toBe(1);
    expect(stamps).toHaveLength(2);
    const after = await cachedDashboard(leader, AS_OF, mustNotCompute);
    expect(street40(after.model)).toBe(street40(before) + 1);
  });

  it("prepares the same day a year earlier when today's dashboard is read (the page's 一年前)", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const today = isoDay(todayInChina());
    await getDashboard(leader, today);
    await refreshDashboards();
    const yearAgo = await cachedDashboard(leader, isoDay(yearEarlier(todayInChina())), mustNotCompute);
    expect(yearAgo.hit).toBe(true);
    expect(yearAgo.model.asOf).toBe(isoDay(yearEarlier(todayInChina())));
  });

  it("stops keeping a day fresh once nobody has read it for 15 minutes: a later refresh computes nothing", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const { calls, compute } = counting(leader);
    keepFresh(leader, AS_OF, compute);
    expect(await refreshDashboards(Date.now() + WATCH_MS + 1)).toBe(0);
    expect(calls.n).toBe(0);
  });

  it("survives a failing computation: the refresh resolves, warns, and the next reader computes on demand", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    keepFresh(leader, AS_OF, () => Promise.reject(new Error("database gone")));
    await expect(refreshDashboards()).resolves.toBe(0);
    expect(warn.mock.calls.some(([m]) => String(m).includes("database gone"))).toBe(true);
    warn.mockRestore();
    const { calls, compute } = counting(leader);
    const r = await cachedDashboard(leader, AS_OF, compute);
    expect([r.hit, calls.n]).toEqual([false, 1]);
  });
});
