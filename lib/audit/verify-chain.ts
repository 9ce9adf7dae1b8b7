// Walks the whole audit log in id order, in fixed-size batches (constant memory, so it scales
// to millions of rows), and reports the first row where the chain breaks. Not server-only:
// `npm run audit:verify` runs it from the command line.
import type { PrismaClient } from "../generated/prisma/client";
import { subkey } from "../crypto/encryption-key";
import { anchorMacValid, type AnchorLine } from "./anchors";
import { GENESIS_HASH, auditRowHash } from "./chain-hash";

export type AuditChainClient = Pick<PrismaClient, "auditLog">;

export type AuditChainProblem = "edited" | "removed" | "relinked" | "anchor" | "downgraded";

export interface AuditChainReport {
  ok: boolean;
  /** Rows read, including the one where a problem was found. */
  checked: number;
  /** Rows of the keyed chain (chainVersion 2) among them. */
  keyed: number;
  /** Anchors compared with the chain (all of them when ok). */
  anchorsChecked: number;
  /** Last row of an intact chain: `npm run audit:anchor` records it off the host. */
  head?: { id: bigint; hash: string; version: number };
  firstBadId?: bigint;
  kind?: AuditChainProblem;
  /** Chinese, then English. */
  problem?: string;
  /** When an anchor (not the chain itself) failed: which one, e.g. "锚点文件第 2 行 / … line 2". */
  failedAnchor?: string;
}

export interface VerifyAuditChainOptions {
  batchSize?: number;
  /** The audit key (or how to get it); default: the HKDF subkey of MIAOPU_ENCRYPTION_KEY. */
  key?: Buffer | (() => Buffer);
  /** An unsigned head recorded elsewhere, e.g. the backup manifest's auditHead. */
  anchor?: { id: bigint; hash: string };
  /** Lines of an anchors file (lib/audit/anchors.ts); each must carry a valid mac. */
  anchors?: AnchorLine[];
  /** Start after this row, already verified (audit:anchor checks only what it appended since). */
  after?: { id: bigint; hash: string; version: number };
}

interface Expected {
  id: bigint;
  hash: string;
  /** Where the expectation came from, for the message. */
  source: string;
}

const short = (h: string) => `${h.slice(0, 12)}…`;

export async function verifyAuditChain(
  client: AuditChainClient,
  options: VerifyAuditChainOptions = {},
): Promise<AuditChainReport> {
  const batchSize = options.batchSize ?? 5000;
  let cachedKey: Buffer | undefined;
  // Lazily: a chain of v1 rows (an old backup) verifies on a host without the key.
  const key = () =>
    (cachedKey ??= typeof options.key === "function" ? options.key() : (options.key ?? subkey("auditChain")));
  let prev: { id: bigint; hash: string; version: number } | undefined = options.after;
  let checked = 0;
  let keyed = 0;
  let anchorsChecked = 0;
  const fail = (id: bigint, kind: AuditChainProblem, problem: string, failedAnchor?: string): AuditChainReport => ({
    ok: false,
    checked,
    keyed,
    anchorsChecked,
    firstBadId: id,
    kind,
    problem,
    ...(failedAnchor ? { failedAnchor } : {}),
  });

  const expected = new Map<bigint, Expected[]>();
  const expect = (e: Expected) => expected.set(e.id, [...(expected.get(e.id) ?? []), e]);
  if (options.anchor) expect({ ...options.anchor, source: "锚点 / anchor" });
  for (const line of options.anchors ?? []) {
    const where = `锚点文件第 ${line.line} 行 / anchors file line ${line.line}`;
    if (!line.anchor) return fail(BigInt(0), "anchor", `${where}: ${line.error ?? "无效 / invalid"}`, where);
    if (!anchorMacValid(key(), line.anchor)) {
      return fail(
        BigInt(line.anchor.id),
        "anchor",
        `${where}: MAC 不符，锚点被伪造或改动（或密钥不同）/ the mac does not verify: forged or altered anchor (or another key)`,
        where,
      );
    }
    expect({ id: BigInt(line.anchor.id), hash: line.anchor.hash, source: `${where}（${line.anchor.at}）` });
  }

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
      // New rows are always v2: a v1 row after a v2 one was recomputed by someone without the key.
      if (row.chainVersion === 1 && prev?.version === 2) {
        return fail(
          row.id,
          "downgraded",
          `第 ${row.id} 行为旧版（未加密钥）哈希，却位于加密钥哈希之后（记录被改写）/ ` +
            `row ${row.id} is an unkeyed v1 row after a keyed v2 row (rewritten)`,
        );
      }
      if (row.chainVersion !== 1 && row.chainVersion !== 2) {
        return fail(row.id, "edited", `第 ${row.id} 行版本号无效 / row ${row.id} has an unknown chainVersion`);
      }
      if (row.chainVersion === 2) keyed++;
      if (auditRowHash(row, key) !== row.hash) {
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
      for (const e of expected.get(row.id) ?? []) {
        anchorsChecked++;
        if (row.hash !== e.hash) {
          return fail(
            row.id,
            "anchor",
            `${e.source}: 第 ${row.id} 行哈希应为 ${short(e.hash)}，现为 ${short(row.hash)}（该行或其之前的记录被改写）/ ` +
              `row ${row.id} differs from the anchor: it or an earlier row was rewritten`,
            e.source,
          );
        }
      }
      prev = { id: row.id, hash: row.hash, version: row.chainVersion };
    }
    if (rows.length < batchSize) break;
  }

  const last = prev?.id ?? BigInt(0);
  const beyond = [...expected.values()].flat().filter((e) => e.id > last);
  if (beyond.length) {
    const e = beyond.sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    return fail(
      e.id,
      "removed",
      `${e.source}: 锚定的第 ${e.id} 行已不存在，现仅有 ${last} 行（末尾记录被删除）/ ` +
        `anchored row ${e.id} no longer exists, the log ends at ${last} (rows removed from the end)`,
      e.source,
    );
  }
  return { ok: true, checked, keyed, anchorsChecked, head: prev && { ...prev } };
}
