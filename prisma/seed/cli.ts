// `npm run db:seed [-- --cadres N --seed S --reset]`: seeds the demo district into DATABASE_URL.
// A database that already has data is left alone (exit 0) unless --reset is given, which
// empties the domain tables first.
import { PrismaPg } from "@prisma/adapter-pg";
import { TRANSACTION_OPTIONS } from "../../lib/database/transaction-options";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { DEFAULT_CADRES, DEFAULT_SEED, seedDemo } from "./index";
import { resetDomainTables } from "./reset";
import { createDemoAccounts } from "../../tests/factories/create-demo-accounts";

interface CliOptions {
  cadres: number;
  seed: number;
  reset: boolean;
}

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { cadres: DEFAULT_CADRES, seed: DEFAULT_SEED, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split("=", 2);
    const value = () => {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v == null || !Number.isInteger(n) || n < 0)
        throw new Error(`${flag} 需要一个非负整数 (expects a non-negative integer), got ${v}`);
      return n;
    };
    if (flag === "--cadres") opts.cadres = value();
    else if (flag === "--seed") opts.seed = value();
    else if (flag === "--reset") opts.reset = true;
    else if (flag === "--help" || flag === "-h") {
      console.log("用法 / usage: npm run db:seed -- [--cadres N (默认 3000)] [--seed S] [--reset]");
      process.exit(0);
    } else throw new Error(`未知参数 / unknown argument: ${arg}`);
  }
  if (opts.cadres < 1) throw new Error("--cadres 至少为 1");
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL 未设置 / is not set");
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  try {
    const cadres = await prisma.cadre.count();
    const units = await prisma.unit.count();
    if ((cadres > 0 || units > 0) && !opts.reset) {
      console.log(`数据库已有数据（${units} 个单位，${cadres} 名干部），未做改动。使用 --reset 清空后重新生成。`);
      console.log(
        `The database already has data (${units} units, ${cadres} cadres); nothing changed. Use --reset to replace it.`,
      );
      return;
    }
    if (opts.reset) await resetDomainTables(prisma, (m) => console.log(m));
    const started = Date.now();
    const summary = await seedDemo(prisma, {
      cadres: opts.cadres,
      seed: opts.seed,
      url,
      log: (m) => console.log(m),
    });
    console.log(
      `演示数据已生成 / demo data seeded: seed ${summary.seed}, ${summary.cadres} cadres, asOf ${summary.asOf}`,
    );
    for (const [model, count] of Object.entries(summary.counts)) console.log(`  ${model.padEnd(22)} ${count}`);
    console.log("规则演示用例 / planted rule cases in the pool:");
    for (const c of summary.planted) console.log(`  ${c.rule.padEnd(26)} ${c.name}: ${c.note}`);
    const accounts = await createDemoAccounts(prisma);
    console.log(`演示账号 / demo accounts: ${accounts}（仅供演示 — demo only）`);
    console.log(
      `用时 / elapsed: ${((Date.now() - started) / 1000).toFixed(1)} s (build ${summary.buildMs} ms, insert ${summary.insertMs} ms)`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
