// Anchors of the audit chain: one JSON line per `npm run audit:anchor`, {id, hash, at, count,
// mac}, appended to a file kept off the database host. The chain alone cannot show that its
// newest rows were cut off, nor that someone holding the audit key rewrote it; a copy of an
// earlier head elsewhere can. The mac (HMAC with the audit key over id|hash|at) means a line
// cannot be made up or altered without the key. Not server-only: the CLIs use it.
import { createHmac, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const ANCHOR_FILE_ENV = "MIAOPU_AUDIT_ANCHOR_FILE";
export const DEFAULT_ANCHOR_FILE = ".data/audit-anchors.jsonl";

const HEX64 = /^[0-9a-f]{64}$/;

export const auditAnchorSchema = z.object({
  id: z.string().regex(/^\d+$/),
  hash: z.string().regex(HEX64),
  at: z.iso.datetime(),
  count: z.number().int().nonnegative(),
  mac: z.string().regex(HEX64),
});

export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

/** An anchor as read from the file, with its line number for messages. */
export interface AnchorLine {
  line: number;
  anchor: AuditAnchor | null;
  /** Set when the line is not a well-formed anchor. */
  error?: string;
}

export function anchorFile(env: Record<string, string | undefined> = process.env): string {
  return env[ANCHOR_FILE_ENV]?.trim() || DEFAULT_ANCHOR_FILE;
}

export function anchorMac(key: Buffer, a: Pick<AuditAnchor, "id" | "hash" | "at">): string {
  return createHmac("sha256", key).update(`${a.id}|${a.hash}|${a.at}`, "utf8").digest("hex");
}

export function anchorMacValid(key: Buffer, a: AuditAnchor): boolean {
  const expected = Buffer.from(anchorMac(key, a), "hex");
  const given = Buffer.from(a.mac, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function makeAnchor(
  key: Buffer,
  head: { id: bigint; hash: string },
  count: number,
  at: Date = new Date(),
): AuditAnchor {
  const base = { id: head.id.toString(), hash: head.hash, at: at.toISOString(), count };
  return { ...base, mac: anchorMac(key, base) };
}

export function parseAnchors(text: string): AnchorLine[] {
  const out: AnchorLine[] = [];
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      out.push({ line: i + 1, anchor: null, error: "不是 JSON / not JSON" });
      return;
    }
    const parsed = auditAnchorSchema.safeParse(json);
    out.push(
      parsed.success
        ? { line: i + 1, anchor: parsed.data }
        : { line: i + 1, anchor: null, error: `格式不正确 / malformed: ${parsed.error.issues[0]?.message}` },
    );
  });
  return out;
}

export function readAnchors(file: string): AnchorLine[] {
  return parseAnchors(fs.readFileSync(file, "utf8"));
}

/** Appends one line; the file is created owner-only, and its directory too. */
export function appendAnchor(file: string, anchor: AuditAnchor): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.appendFileSync(file, JSON.stringify(anchor) + "\n", { mode: 0o600 });
}
