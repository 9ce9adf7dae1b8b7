// npm run bench:development [-- --cadres N] — seeds a throwaway database with the demo district
// (3,000 cadres by default), then times what the 培训与实践 pages compute per request as an
// organization-staff user: the reminders (all seven kinds), the picker's "by training need"
// order (every pool member ranked) and a plain picker page, and the yearly figures. Prints
// median and p95 of 15 runs; exits 1 when the reminders' median misses 500 ms.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemo } from "../../prisma/seed/index";
import { createTestDatabase } from "../support/test-database";
import { BENCH_ACTOR_FIELDS } from "./bench-actor";

const RUNS = 15;
const TARGET_MS = 500;

async function time(label: string, fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: connection pool, query plans
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)];
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)];
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`);
  return median;
}

async function main() {
  const i = process.argv.indexOf("--cadres");
  const cadres = i > 0 ? Number(process.argv[i + 1]) : 3000;
  process.env.MIAOPU_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  const db = await createTestDatabase("miaopu_bench");
  try {
    const seeder = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    const summary = await seedDemo(seeder, { cadres, url: db.url });
    await seeder.$disconnect();
    process.env.DATABASE_URL = db.url;
    // Imported after DATABASE_URL points at the bench database (lib/server/db reads it once).
    const { computeReminders } = await import("../../lib/server/development/reminders");
    const { searchPicker } = await import("../../lib/server/development/cadre-picker");
    const { getReminderProfile } = await import("../../lib/server/development/growth-profile");
    const { yearlyFigures } = await import("../../lib/server/development/yearly-figures");
    const { prisma } = await import("../../lib/server/db");
    const asOf = new Date(`${summary.asOf}T00:00:00Z`);
    const actor = {
      userId: "bench",
      username: "bench",
      displayName: "基准测试",
      role: "ORG_STAFF" as const,
      unitId: null,
      ...BENCH_ACTOR_FIELDS,
    };
    const pool = await prisma.poolEntry.count({ where: { closedOn: null } });
    console.log(
      `demo district: ${summary.cadres} cadres, ${pool} open pool entries, asOf ${summary.asOf}; ${RUNS} runs each`,
    );
    const { profile } = await getReminderProfile();
    const lines = (await computeReminders(actor, asOf)).lines.length;
    const reminders = await time(`reminders (${lines} lines)`, () => computeReminders(actor, asOf));
    await time("picker, by training need (all pool members)", () =>
      searchPicker(actor, { sort: "need", pageSize: 20 }, profile, asOf),
    );
    await time("picker, by name, pool filter, page 2", () =>
      searchPicker(actor, { pool: "POOL", page: 2, pageSize: 50 }, profile, asOf),
    );
    await time("yearly figures", () => yearlyFigures(actor, asOf.getUTCFullYear(), asOf));
    await prisma.$disconnect();
    if (reminders > TARGET_MS) {
      console.error(`reminders median ${reminders.toFixed(1)} ms exceeds the ${TARGET_MS} ms target`);
      process.exitCode = 1;
    }
  } finally {
    await db.dispose();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
