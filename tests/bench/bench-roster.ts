// npm run bench:roster — times the roster on the server against 100,000 cadres: the first page
// and each kind of filter change (count + page, as the page runs them), median and p95 over
// repeated runs. Exits 1 if any p95 reaches the 150 ms target.
//
// Seeds a fresh database with the demo district at BENCH_CADRES (default 100,000; about a
// minute), or reuses a seeded one from BENCH_DATABASE_URL. Run with the react-server condition
// (the npm script does) because lib/server modules are server-only.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { BENCH_ACTOR_FIELDS } from "./bench-actor";

const TARGET_MS = 150;
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const CADRES = process.env.BENCH_CADRES ?? "100000";

async function database(): Promise<{ url: string; db?: TestDatabase }> {
  // a throwaway key, inherited by the seed (which encrypts 身份证号) and used by the roster
  process.env.MIAOPU_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL };
  const db = await createTestDatabase("miaopu_bench");
  console.log(`seeding ${CADRES} cadres into a fresh database…`);
  const t = Date.now();
  const seed = spawnSync(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["prisma/seed/cli.ts", "--cadres", CADRES],
    {
      env: { ...process.env, DATABASE_URL: db.url },
      encoding: "utf8",
    },
  );
  if (seed.status !== 0) throw new Error(`seeding failed:\n${seed.stdout}\n${seed.stderr}`);
  console.log(`seeded in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  // what autovacuum does on a live database: statistics and the visibility map (index-only scans)
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query("VACUUM ANALYZE");
  await client.end();
  return { url: db.url, db };
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

async function main() {
  const { url, db } = await database();
  process.env.DATABASE_URL = url;
  const { prisma } = await import("../../lib/server/db");
  const { listRoster } = await import("../../lib/server/cadres/roster");
  const { parseRosterQuery } = await import("../../lib/validation/roster-query");
  try {
    const total = await prisma.cadre.count();
    const street = await prisma.unit.findFirstOrThrow({ where: { type: "STREET" }, orderBy: { sortOrder: "asc" } });
    const base = {
      userId: "bench",
      username: "bench",
      displayName: "bench",
      ...BENCH_ACTOR_FIELDS,
    };
    const org = { ...base, role: "ORG_STAFF" as const, unitId: null };
    const unit = { ...base, role: "UNIT" as const, unitId: street.id };
    const scenarios: [string, typeof org | typeof unit, Record<string, string>][] = [
      ["first page (sorted by unit)", org, {}],
      ["pinyin initials q=zs", org, { q: "zs" }],
      ["name contains q=明", org, { q: "明" }],
      ["unit type street + rank 副科", org, { unitType: "STREET", rank: "SECTION_DEPUTY" }],
      ["women aged 30–35 on 2026-06-30", org, { gender: "FEMALE", ageMin: "30", ageMax: "35", asOf: "2026-06-30" }],
      ["full-time 硕士+ and 985/211", org, { eduMin: "MASTER_STUDY", elite: "1" }],
      ["in the pool", org, { pool: "IN" }],
      ["in the pool, 副处级", org, { pool: "DIVISION_DEPUTY" }],
      ["non-CPC minorities", org, { political: "DEMOCRATIC_PARTY,NON_PARTY,MASSES", ethnicity: "少数民族" }],
      ["domain 党务, sorted by birth date desc", org, { domain: "党务", sort: "birthDate", dir: "desc" }],
      ["sorted by name, page 500", org, { sort: "name", page: "500" }],
      ["all statuses, sorted by rank", org, { status: "ALL", sort: "rank" }],
      ["unit user: first page", unit, {}],
    ];
    console.log(
      `\nroster over ${total.toLocaleString("en")} cadres — ${RUNS} runs each, count + page of 50 (ms); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    console.log(`${"scenario".padEnd(40)} ${"rows".padStart(8)} ${"median".padStart(8)} ${"p95".padStart(8)}`);
    let missed = 0;
    for (const [name, actor, params] of scenarios) {
      const q = parseRosterQuery(params).query;
      let rows = 0;
      await listRoster(actor, q); // warm-up: plan cache and connection
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        rows = (await listRoster(actor, q)).total;
        times.push(performance.now() - t);
      }
      const s = stats(times);
      const ok = s.p95 < TARGET_MS;
      if (!ok) missed++;
      console.log(
        `${name.padEnd(40)} ${String(rows).padStart(8)} ${s.median.toFixed(1).padStart(8)} ${s.p95.toFixed(1).padStart(8)}${ok ? "" : "  ✗ over target"}`,
      );
    }
    console.log(
      missed
        ? `\n${missed} scenario(s) over the ${TARGET_MS} ms target`
        : `\nall under the ${TARGET_MS} ms target (p95)`,
    );
    process.exitCode = missed ? 1 : 0;
  } finally {
    await prisma.$disconnect();
    await db?.dispose();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
