import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import type { DashboardModel } from "@/lib/dashboard/model";
import {
  cachedDashboard,
  clearDashboardCache,
  DASHBOARD_TABLES,
  dataStamp,
} from "@/lib/server/dashboard/dashboard-cache";
import { writeAuditStandalone } from "@/lib/server/audit";
import { computeDashboard } from "@/lib/server/dashboard/get-dashboard";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, d } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";
import { streetLackingForty } from "./street-lacking-forty";

const AS_OF = "2026-06-30";
const NOW = new Date("2026-06-30T04:00:00Z");

/** A compute function that counts how often the dashboard was really computed. */
function counting(actor: Parameters<typeof computeDashboard>[0]) {
  const calls = { n: 0 };
  const compute = () => {
    calls.n += 1;
    return computeDashboard(actor, d(AS_OF));
  };
  return { calls, compute };
}

describe("the dashboard cache", () => {
  beforeEach(() => clearDashboardCache());
  useFallbackProfile();

  it("answers the same reader, day and data from memory: 2 requests → 1 computation, same model", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const { calls, compute } = counting(leader);
    const first = await cachedDashboard(leader, AS_OF, compute);
    const second = await cachedDashboard(leader, AS_OF, compute);
    expect([first.hit, second.hit, calls.n]).toEqual([false, true, 1]);
    expect(second.model).toBe(first.model);
  });

  it("shares one computation between 3 simultaneous requests", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const { calls, compute } = counting(leader);
    const results = await Promise.all([1, 2, 3].map(() => cachedDashboard(leader, AS_OF, compute)));
    expect(calls.n).toBe(1);
    expect(new Set(results.map((r) => r.model)).size).toBe(1);
  });

  it("recomputes after a change made in the app (an appointment): the street-40 figure rises by one at once", async () => {
    const { leader, appointYoung } = await streetLackingForty(NOW);
    const { calls, compute } = counting(leader);
    const street40 = (m: DashboardModel) => m.targets.find((t) => t.key === "D20-ST-STREET-40")!.actualCount;

    const before = await cachedDashboard(leader, AS_OF, compute);
    await appointYoung();
    const after = await cachedDashboard(leader, AS_OF, compute);

    expect([before.hit, after.hit, calls.n]).toEqual([false, false, 2]);
    expect(street40(after.model)).toBe(street40(before.model) + 1);
  });

  it("is not recomputed for audit rows that record reading or refusals: a sign-in, an export, a print, a denied save → still 1 computation", async () => {
    const leader = actorOf(await createTestUser("LEADER"));
    const { calls, compute } = counting(leader);
    await cachedDashboard(leader, AS_OF, compute);
    const who = { id: leader.userId, username: leader.username, role: leader.role };
    await writeAuditStandalone({
      actor: who,
      ip: null,
      action: "auth.signin",
      objectType: "AuthSession",
      objectId: "s1",
      result: "SUCCESS",
    });
    await writeAuditStandalone({
      actor: who,
      ip: null,
      action: "export.roster",
      objectType: "Cadre",
      objectId: null,
      result: "SUCCESS",
    });
    await writeAuditStandalone({
      actor: who,
      ip: null,
      action: "print.dashboard",
      objectType: "Dashboard",
      objectId: null,
      result: "SUCCESS",
    });
    await writeAuditStandalone({
      actor: who,
      ip: null,
      action: "cadre.save",
      objectType: "Cadre",
      objectId: null,
      result: "DENIED",
    });
    const again = await cachedDashboard(leader, AS_OF, compute);
    expect([again.hit, calls.n]).toEqual([true, 1]);
  });

  it("keeps readers with different recusals apart: 2 readers → 2 computations", async () => {
    const a = actorOf(await createTestUser("LEADER"));
    const cadre = await createCadreBorn(null, "回避对象", "1985-01-01");
    const b = actorOf(await createTestUser("LEADER"), { recusedCadreIds: [cadre.id] });
    const ca = counting(a);
    const cb = counting(b);
    await cachedDashboard(a, AS_OF, ca.compute);
    const second = await cachedDashboard(b, AS_OF, cb.compute);
    expect([ca.calls.n, cb.calls.n, second.hit]).toEqual([1, 1, false]);
  });

  it("moves its data stamp at once for a change made outside the app: 1 committed update → stamp + 1", async () => {
    const before = Number(await dataStamp());
    await outside(async (c) => {
      await c.query(
        `update "Unit" set "updatedAt" = "updatedAt" where id = (select id from "Unit" order by id limit 1)`,
      );
    });
    expect(Number(await dataStamp())).toBe(before + 1);
  });
});

/** Runs `work` on a connection of its own (psql, a script): no Prisma, no audit row. */
async function outside(work: (c: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

describe("the data stamp is transactional", () => {
  it("moves once per committed transaction: 3 statements on 2 tables → stamp + 1", async () => {
    const before = Number(await dataStamp());
    await outside(async (c) => {
      await c.query("begin");
      await c.query(
        `update "Unit" set "updatedAt" = "updatedAt" where id in (select id from "Unit" order by id limit 2)`,
      );
      await c.query(
        `update "Cadre" set "updatedAt" = "updatedAt" where id = (select id from "Cadre" order by id limit 1)`,
      );
      await c.query(
        `update "Unit" set "updatedAt" = "updatedAt" where id = (select id from "Unit" order by id limit 1)`,
      );
      await c.query("commit");
    });
    expect(Number(await dataStamp())).toBe(before + 1);
  });

  it("does not move for a rolled-back write, nor for an update that matched no row: stamp + 0", async () => {
    const before = Number(await dataStamp());
    await outside(async (c) => {
      await c.query("begin");
      await c.query(
        `update "Unit" set "updatedAt" = "updatedAt" where id = (select id from "Unit" order by id limit 1)`,
      );
      await c.query("rollback");
      await c.query(`update "Unit" set "updatedAt" = "updatedAt" where id = 'no-such-unit'`);
    });
    expect(Number(await dataStamp())).toBe(before);
  });

  it("does not let a reader see the new stamp before the change commits, and counts a TRUNCATE", async () => {
    const before = Number(await dataStamp());
    await outside(async (c) => {
      await c.query("begin");
      await c.query(`truncate "TrainingAttendance"`);
      // inside the writer's transaction the bump is visible; to everyone else it is not yet
      const inside = await c.query<{ counter: string }>(`select counter::text from "DataChange" where id = 1`);
      expect(Number(inside.rows[0].counter)).toBe(before + 1);
      expect(Number(await dataStamp())).toBe(before);
      await c.query("rollback");
    });
    expect(Number(await dataStamp())).toBe(before);
  });

  it("has its trigger on every table the dashboard reads (13 tables × row and TRUNCATE triggers)", async () => {
    let rows: { table: string; name: string }[] = [];
    await outside(async (c) => {
      const r = await c.query<{ table: string; name: string }>(
        `select c.relname as table, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
          where t.tgfoid = '"data_change_bump"'::regproc and not t.tgisinternal`,
      );
      rows = r.rows;
    });
    const expected = DASHBOARD_TABLES.flatMap((t) => [
      `${t}.${t}_data_change`,
      `${t}.${t}_data_change_truncate`,
    ]).sort();
    expect(rows.map((r) => `${r.table}.${r.name}`).sort()).toEqual(expected);
  });
});
