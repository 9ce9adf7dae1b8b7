// `npm run db:check [-- --as-of YYYY-MM-DD] [--fix]`: lists every cadre whose stored 现任职务, unit or
// 职务层次 (Cadre.currentPostTitle, unitId, rank, rankSince) disagrees with the appointment
// history on the date (default: today in China), and exits 1 if there is any, 0 otherwise, so
// it can run after an import, a restore or from monitoring. It also checks the 985/211/双一流 flags of
// education records against the 院校代码表 (lib/server/schools/school-flags-check.ts). With --fix it brings them in step
// (audited) and exits 0: run daily, it makes a 任职 entered ahead of its start date take effect. The rules are those of
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
  const fix = process.argv.includes("--fix");
  const { findCurrentPostDrift, fixCurrentPostDrift } = await import("../server/cadres/current-post-check");
  const { todayInChina } = await import("../format/dates");
  const { prisma } = await import("../server/db");
  const { findSchoolFlagDrift, fixSchoolFlagDrift } = await import("../server/schools/school-flags-check");
  const asOf = given ? new Date(`${given}T00:00:00Z`) : todayInChina();
  let exitCode = 0;
  try {
    const drift = fix ? await fixCurrentPostDrift(asOf) : await findCurrentPostDrift(asOf);
    const day = asOf.toISOString().slice(0, 10);
    const lines = drift.flatMap((c) =>
      Object.entries(c.change).map(
        ([k, v]) => `  ${c.cadreId} ${c.name} ${k}: ${show(c.before[k as keyof typeof c.before])} → ${show(v)}`,
      ),
    );
    if (!drift.length) {
      console.log(`✓ 干部现任职务、单位、职务层次与任职记录一致（${day}）/ current posts agree with the history`);
    } else if (fix) {
      console.log(
        `✓ 已按任职记录更新 ${drift.length} 名干部（${day}，已记入审计日志）/ brought in step with their history:`,
      );
      for (const l of lines) console.log(l);
    } else {
      exitCode = 1;
      console.error(
        `✗ ${drift.length} 名干部的现任职务等与任职记录不一致（${day}）/ cadres disagreeing with their history:`,
      );
      for (const l of lines) console.error(l);
    }
    // 985/211/双一流 flags of education records against the 院校代码表 (records from before it)
    if (fix) {
      const r = await fixSchoolFlagDrift();
      console.log(
        `✓ 已按院校代码表重算 ${r.records} 条学历记录的 985/211/双一流 标记（${r.cadres} 名干部）/ school flags recomputed`,
      );
    } else {
      const n = await findSchoolFlagDrift();
      if (n) {
        exitCode = 1;
        console.error(
          `✗ ${n} 条学历记录的 985/211/双一流 标记与院校代码表不一致（--fix 重算）/ school flags disagree with the table`,
        );
      } else console.log("✓ 学历记录的 985/211/双一流 标记与院校代码表一致 / school flags agree with the table");
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
