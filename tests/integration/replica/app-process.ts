// One app process for the replica test (replica.test.ts), run with
// `tsx --conditions=react-server`: the app's server-side modules in a Node process of their own,
// against DATABASE_URL (the primary) and DATABASE_REPLICA_URL, with the data-change listener
// started as the app's server starts it (instrumentation.ts). Commands arrive as JSON lines on
// stdin; each answer is one JSON line on stdout ({ id, result } or { id, error }).
import readline from "node:readline";
import type { Actor } from "../../../lib/auth/actor";
import { currentDashboard } from "../../../lib/server/dashboard/get-dashboard";
import { dataStamp } from "../../../lib/server/dashboard/dashboard-cache";
import { startDataChangeListener, listenerStamp } from "../../../lib/server/data-change/listener";
import { replicaReads } from "../../../lib/server/data-change/scope";
import { prisma } from "../../../lib/server/db";
import { readCounts } from "../../../lib/server/db-read";

const leader: Actor = {
  ...{ userId: "replica-test-leader", username: "leader", displayName: "领导", role: "LEADER", unitId: null },
  ...{ recusedCadreIds: [], sessionId: "s", mustChangePassword: false, mustEnrollTotp: false },
  ...{ clearance: "HIGHLY_SENSITIVE", stepUpAt: null, ip: null, userAgent: null, requestId: null },
} as Actor;

const commands: Record<string, (arg: never) => Promise<unknown>> = {
  // the databases (the process starts before they exist, so its start overlaps theirs)
  init: async (env: Record<string, string>) => {
    Object.assign(process.env, env);
    startDataChangeListener();
    return true;
  },
  // whether the listener has heard the primary yet
  listening: async () => listenerStamp() !== null,
  // the dashboard as the page computes it (replica scope), with where this process's reads went
  dashboard: async () => {
    const m = await replicaReads(() => currentDashboard(leader, "2026-06-30"));
    return { active: m.pool.activeCount, stamp: await dataStamp(), reads: readCounts() };
  },
  // an export's Prisma read (replica scope)
  exportCount: async () => replicaReads(() => prisma.poolEntry.count({ where: { closedOn: null } })),
  // a save: a cadre enters the pool (the dashboard's 在库 count goes up by one)
  save: async (n: number) => {
    const cadre = await prisma.cadre.create({
      data: {
        name: `副本测试${n}`,
        gender: "FEMALE",
        birthDate: new Date("1990-03-01"),
        politicalStatus: "CPC_MEMBER",
      },
    });
    await prisma.poolEntry.create({
      data: { cadreId: cadre.id, tier: "SECTION", source: "ORG_INVESTIGATION", enteredOn: new Date("2025-01-10") },
    });
    return cadre.id;
  },
};

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const { id, op, arg } = JSON.parse(line) as { id: number; op: string; arg: never };
  commands[op](arg).then(
    (result) => process.stdout.write(`${JSON.stringify({ id, result })}\n`),
    (e: unknown) =>
      process.stdout.write(`${JSON.stringify({ id, error: e instanceof Error ? e.message : String(e) })}\n`),
  );
});
process.stdout.write(`${JSON.stringify({ id: 0, result: "ready" })}\n`);
