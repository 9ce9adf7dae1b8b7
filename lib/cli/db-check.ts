// `npm run db:check [-- --as-of YYYY-MM-DD]`: lists every cadre whose stored 现任职务, unit or
// 职务层次 (Cadre.currentPostTitle, unitId, rank, rankSince) disagrees with the appointment
// history on the date (default: today in China), and exits 1 if there is any, 0 otherwise, so
// it can run after an import, a restore or from monitoring. The rules are those of
// lib/cadres/current-post.ts; writers keep the fields in step with syncCurrentPost. Runs with
// the react-server condition because it reads through lib/server.
import { resolveAppDatabase } from "../database/resolve";
import { fail } from "./run";

function asOfArg(args: string[]): string | undefined {
  const i = args.indexOf("--as-of");
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail("--as-of 格式应为 YYYY-MM-DD / --as-of needs YYYY-MM-DD");
  return v;
}

const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? "（空）" : String(v));

async function main() {
  const given = asOfArg(process.argv.slice(2));
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  process.env.DATABASE_URL = db.url;
  const { findCurrentPostDrift } = await import("../server/cadres/current-post-check");
  const { todayInChina } = await import("../format/dates");
  const { prisma } = await import("../server/db");
  const asOf = given ? new Date(`${given}T00:00:00Z`) : todayInChina();
  let exitCode = 0;
  try {
    const drift = await findCurrentPostDrift(asOf);
    const day = asOf.toISOString().slice(0, 10);
    if (!drift.length) {
      console.log(`✓ 干部现任职务、单位、职务层次与任职记录一致（${day}）/ current posts agree with the history`);
    } else {
      exitCode = 1;
      console.error(
        `✗ ${drift.length} 名干部的现任职务等与任职记录不一致（${day}）/ cadres disagreeing with their history:`,
      );
      for (const c of drift)
        for (const [k, v] of Object.entries(c.change))
          console.error(`  ${c.cadreId} ${c.name} ${k}: ${show(c.before[k as keyof typeof c.before])} → ${show(v)}`);
    }
  } catch (e) {
    exitCode = 1;
    console.error(`✗ 检查失败 / check failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
  process.exit(exitCode);
}

void main();
