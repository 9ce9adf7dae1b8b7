// `npm run audit:anchor [-- --file PATH]`: verifies the audit chain (and the anchors already in
// the file), then appends the chain head as one JSON line {id, hash, at, count, mac} to the
// anchors file (MIAOPU_AUDIT_ANCHOR_FILE, default .data/audit-anchors.jsonl). Copy that file off
// the host (docs/operations.md): a later `npm run audit:verify -- --anchors COPY` then detects
// rows cut off the end and a chain rewritten by someone who had the database and even the key.
// The run is itself an audit row (audit.anchor), which the new anchor covers. Started with the
// react-server condition so the app's audit writer (lib/server/audit) loads outside Next.js.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { anchorFile, appendAnchor, makeAnchor, readAnchors } from "../audit/anchors";
import { verifyAuditChain } from "../audit/verify-chain";
import { resolveAppDatabase } from "../database/resolve";
import { AUDIT_ACTIONS } from "../server/audit/entry";
import { writeAudit } from "../server/audit/write-audit";
import { loadAuditKey } from "./audit-key";
import { fail } from "./run";

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf("--file");
  const file = i >= 0 ? args[i + 1] : anchorFile();
  if (!file || file.startsWith("--")) fail("--file 需要一个路径 / --file needs a path");
  let key: Buffer;
  try {
    key = loadAuditKey();
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 2 }) });
  let exitCode = 0;
  try {
    // Anchoring a broken chain would certify the tampering: verify first, against the file too.
    const lines = fs.existsSync(file) ? readAnchors(file) : [];
    const r = await verifyAuditChain(prisma, { key, anchors: lines });
    if (!r.ok) {
      exitCode = 1;
      console.error(`✗ 审计链校验未通过，未写入锚点 / chain does not verify, no anchor written (row ${r.firstBadId})`);
      console.error(`  ${r.problem}`);
    } else if (!r.head) {
      exitCode = 1;
      console.error("✗ 审计日志为空，无可锚定的记录 / the audit log is empty, nothing to anchor");
    } else {
      // Record first, then anchor the new head: an anchor computed before its own row would
      // leave that row (and anything cut after it) uncovered. Only the rows appended since the
      // verified head (this one, and whatever the app wrote meanwhile) are checked again.
      const verified = r.head;
      await prisma.$transaction((tx) =>
        writeAudit(tx, {
          actor: null,
          ip: `cli:${os.hostname()}`.slice(0, 64),
          action: AUDIT_ACTIONS.auditAnchor,
          objectType: "AuditAnchor",
          objectId: path.basename(file),
          result: "SUCCESS",
          diff: { file: path.basename(file), verifiedThrough: verified.id.toString(), rows: r.checked },
        }),
      );
      const tail = await verifyAuditChain(prisma, { key, after: verified });
      if (!tail.ok || !tail.head) throw new Error(tail.problem ?? "the chain has no head after writing");
      const anchor = makeAnchor(key, tail.head, r.checked + tail.checked);
      appendAnchor(file, anchor);
      console.log(`✓ 已记录审计链头 / anchored the audit chain head: 第 ${anchor.id} 行 ${anchor.hash}`);
      console.log(`  写入 / appended to ${file}（请将该文件复制到本机以外 / copy it off this host）`);
    }
  } catch (e) {
    exitCode = 1;
    console.error(`✗ 锚定失败 / anchoring failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
  process.exit(exitCode);
}

void main();
