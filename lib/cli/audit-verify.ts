// `npm run audit:verify [-- --anchors PATH] [--anchor <id>:<hash>]`: checks the audit log's
// hash chain (v1 rows: sha256; v2 rows: HMAC with the audit key) on the configured or embedded
// database, and every anchor written by `npm run audit:anchor`, and exits 1 on any problem, so
// it can run from cron or monitoring. Without --anchors it reads MIAOPU_AUDIT_ANCHOR_FILE or
// .data/audit-anchors.jsonl if that exists; the copy kept off the host is the one to trust.
import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { anchorFile, readAnchors, type AnchorLine } from "../audit/anchors";
import { verifyAuditChain, type VerifyAuditChainOptions } from "../audit/verify-chain";
import { resolveAppDatabase } from "../database/resolve";
import { loadAuditKey } from "./audit-key";
import { fail } from "./run";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith("--")) fail(`${name} 需要一个值 / ${name} needs a value`);
  return v;
}

function parseAnchor(args: string[]): VerifyAuditChainOptions["anchor"] {
  const v = option(args, "--anchor");
  if (v === undefined) return undefined;
  const m = /^(\d+):([0-9a-f]{64})$/.exec(v);
  if (!m) fail("--anchor 格式应为 <id>:<64 位十六进制哈希> / --anchor must be <id>:<64 hex digits>");
  return { id: BigInt(m[1]), hash: m[2] };
}

function anchorLines(args: string[]): { file?: string; implicit?: boolean; lines: AnchorLine[] } {
  const given = option(args, "--anchors");
  const file = given ?? anchorFile();
  if (!given && !fs.existsSync(file)) return { lines: [] };
  try {
    return { file, implicit: !given, lines: readAnchors(file) };
  } catch (e) {
    fail(`无法读取锚点文件 / cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A failed anchor from the file read by default is as likely a stale file as tampering: after
 * `npm run db:reset` (or pointing DATABASE_URL elsewhere) the old anchors name another chain.
 */
function staleAnchorsHint(file: string, failedAnchor: string): string[] {
  return [
    `  未通过的锚点 / failed anchor: ${failedAnchor}（${file}）`,
    `  该锚点文件为默认读取（未指定 --anchors），可能属于之前的数据库（例如执行过 npm run db:reset）。`,
    `  若如此，请用 --anchors <本库的锚点文件> 校验，或将 ${file} 移走后重新执行 npm run audit:anchor。`,
    `  This anchors file was read by default (no --anchors) and may belong to an earlier database`,
    `  (e.g. after npm run db:reset): pass --anchors <this database's file>, or move ${file} away.`,
  ];
}

async function main() {
  const args = process.argv.slice(2);
  const anchor = parseAnchor(args);
  const { file, implicit, lines } = anchorLines(args);
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  let exitCode = 0;
  try {
    const started = Date.now();
    const r = await verifyAuditChain(prisma, { anchor, anchors: lines, key: () => loadAuditKey() });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (r.ok) {
      console.log(`✓ 审计日志哈希链完整，共校验 ${r.checked} 条（其中密钥链 ${r.keyed} 条，${seconds} 秒）`);
      console.log(`  audit log hash chain intact: ${r.checked} rows (${r.keyed} keyed) verified in ${seconds}s`);
      if (file) console.log(`  锚点 / anchors: ${r.anchorsChecked} 个均相符 / all match (${file})`);
      if (r.head) console.log(`  链头 / head: ${r.head.id}:${r.head.hash}（npm run audit:anchor 记录到离机文件）`);
    } else {
      exitCode = 1;
      console.error(`✗ 审计日志哈希链已被破坏 / audit log hash chain BROKEN at row ${r.firstBadId}`);
      console.error(`  ${r.problem}`);
      console.error(`  已校验 ${r.checked} 条 / rows read: ${r.checked}`);
      if (file && implicit && r.failedAnchor) for (const l of staleAnchorsHint(file, r.failedAnchor)) console.error(l);
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
