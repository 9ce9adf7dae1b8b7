import "server-only";
// The auditor checks the log's integrity from the audit page (issue 24 item 2), as
// `npm run audit:verify` does from a shell: the whole keyed hash chain, and the anchors of
// MIAOPU_AUDIT_ANCHOR_FILE when that file is on this host. The check is itself a row of the log.
import fs from "node:fs";
import type { Actor } from "@/lib/auth/actor";
import { anchorFile, readAnchors, type AnchorLine } from "@/lib/audit/anchors";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { formatDateTime } from "@/lib/format/dates";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export interface ChainCheck {
  ok: boolean;
  checkedAt: string;
  rows: number;
  keyedRows: number;
  anchors: number;
  /** whether an anchors file was found on this host */
  anchorFileFound: boolean;
  seconds: number;
  firstBadId?: string;
  /** in Chinese (the verifier writes "中文 / English") */
  problem?: string;
}

function anchorLines(): { found: boolean; lines: AnchorLine[] } {
  const file = anchorFile();
  if (!fs.existsSync(file)) return { found: false, lines: [] };
  return { found: true, lines: readAnchors(file) };
}

export async function verifyChainFromPage(actor: Actor, now = new Date()): Promise<ChainCheck> {
  assertCan(actor, "audit", "read");
  const anchors = anchorLines();
  const started = Date.now();
  const r = await verifyAuditChain(prisma, { anchors: anchors.lines });
  const check: ChainCheck = {
    ok: r.ok,
    checkedAt: formatDateTime(now, { seconds: true }),
    rows: r.checked,
    keyedRows: r.keyed,
    anchors: r.anchorsChecked,
    anchorFileFound: anchors.found,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ...(r.ok ? {} : { firstBadId: r.firstBadId?.toString(), problem: r.problem?.split(" / ")[0] }),
  };
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "audit.verify",
    objectType: "AuditLog",
    objectId: null,
    result: r.ok ? "SUCCESS" : "FAILURE",
    diff: { ok: r.ok, checked: r.checked, ...(r.ok ? {} : { firstBadId: check.firstBadId, kind: r.kind }) },
  });
  return check;
}
