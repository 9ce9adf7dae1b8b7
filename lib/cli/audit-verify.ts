// `npm run audit:verify [-- --anchor <id>:<hash>]`: checks the audit log's hash chain on the
// configured or embedded database and exits 1 if any row was edited or removed, so it can run
// from cron or monitoring. Print the head it reports and keep it off-site: passing it back as
// --anchor later also detects rows cut off the end, which the chain alone cannot.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { verifyAuditChain, type VerifyAuditChainOptions } from "../audit/verify-chain";
import { resolveAppDatabase } from "../database/resolve";
import { fail } from "./run";

function parseAnchor(args: string[]): VerifyAuditChainOptions["anchor"] {
  const i = args.indexOf("--anchor");
  if (i < 0) return undefined;
  const m = /^(\d+):([0-9a-f]{64})$/.exec(args[i + 1] ?? "");
  if (!m) fail("--anchor 格式应为 <id>:<64 位十六进制哈希> / --anchor must be <id>:<sha256 hex>");
  return { id: BigInt(m[1]), hash: m[2] };
}

async function main() {
  const anchor = parseAnchor(process.argv.slice(2));
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  let exitCode = 0;
  try {
    const started = Date.now();
    const r = await verifyAuditChain(prisma, { anchor });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (r.ok) {
      console.log(`✓ 审计日志哈希链完整，共校验 ${r.checked} 条（${seconds} 秒）`);
      console.log(`  audit log hash chain intact: ${r.checked} rows verified in ${seconds}s`);
      if (r.head) console.log(`  链头 / head: --anchor ${r.head.id}:${r.head.hash}`);
    } else {
      exitCode = 1;
      console.error(`✗ 审计日志哈希链已被破坏 / audit log hash chain BROKEN at row ${r.firstBadId}`);
      console.error(`  ${r.problem}`);
      console.error(`  已校验 ${r.checked} 条 / rows read: ${r.checked}`);
    }
  } catch (e) {
    exitCode = 1;
    console.error(`✗ 校验失败 / verification failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
  process.exit(exitCode);
}

void main();
