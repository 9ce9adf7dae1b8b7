// Walks the whole audit log in id order, in fixed-size batches (constant memory, so it scales
// to millions of rows), and reports the first row where the chain breaks. Not server-only:
// `npm run audit:verify` runs it from the command line.
import type { PrismaClient } from "../generated/prisma/client";
import { GENESIS_HASH, auditRowHash } from "./chain-hash";

export type AuditChainClient = Pick<PrismaClient, "auditLog">;

export type AuditChainProblem = "edited" | "removed" | "relinked" | "anchor";

export interface AuditChainReport {
  ok: boolean;
  /** Rows read, including the one where a problem was found. */
  checked: number;
  /** Last row of an intact chain: record it off-site to detect later truncation (anchor). */
  head?: { id: bigint; hash: string };
  firstBadId?: bigint;
  kind?: AuditChainProblem;
  /** Chinese, then English. */
  problem?: string;
}

export interface VerifyAuditChainOptions {
  batchSize?: number;
  /**
   * A row recorded earlier (e.g. printed by a previous verify and kept off-site). The chain
   * alone cannot tell that rows were cut off the end; an anchor can.
   */
  anchor?: { id: bigint; hash: string };
}

export async function verifyAuditChain(
  client: AuditChainClient,
  options: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 5000;
  const anchor = options.anchor;
  let prev: { id: bigint; hash: string } | undefined;
  let checked = 0;
  const fail = (id: bigint, kind: AuditChainProblem, problem: string): AuditChainReport => ({
    ok: false,
    checked,
    firstBadId: id,
    kind,
    problem,
  });

  for (;;) {
    const rows = await client.auditLog.findMany({
      where: prev ? { id: { gt: prev.id } } : {},
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const row of rows) {
      checked++;
      // Ids are assigned gap-free under the append lock (lib/server/audit/write-audit.ts), so
      // any gap means rows were deleted, even ones whose neighbours were re-linked.
      const expectedId = prev ? prev.id + BigInt(1) : BigInt(1);
      if (row.id !== expectedId) {
        return fail(
          row.id,
          "removed",
          `第 ${expectedId}–${row.id - BigInt(1)} 行缺失（审计记录被删除）/ rows ${expectedId}–${row.id - BigInt(1)} are missing (deleted)`,
        );
      }
      if (auditRowHash(row) !== row.hash) {
        return fail(
          row.id,
          "edited",
          `第 ${row.id} 行内容与其哈希不符（记录被修改）/ row ${row.id} does not match its hash (edited)`,
        );
      }
      if (row.prevHash !== (prev?.hash ?? GENESIS_HASH)) {
        return fail(
          row.id,
          "relinked",
          `第 ${row.id} 行的 prevHash 与上一行的哈希不符（上一行被修改或替换）/ ` +
            `row ${row.id}: prevHash does not match the previous row's hash (previous row edited or replaced)`,
        );
      }
      if (anchor && row.id === anchor.id && row.hash !== anchor.hash) {
        return fail(
          row.id,
          "anchor",
          `第 ${row.id} 行与锚点哈希不符（链被重写）/ row ${row.id} differs from the anchor (chain rewritten)`,
        );
      }
      prev = { id: row.id, hash: row.hash };
    }
    if (rows.length < batchSize) break;
  }

  if (anchor && (!prev || prev.id < anchor.id)) {
    return fail(
      anchor.id,
      "removed",
      `锚点第 ${anchor.id} 行已不存在（末尾记录被删除）/ anchor row ${anchor.id} no longer exists (rows removed from the end)`,
    );
  }
  return { ok: true, checked, head: prev };
}
