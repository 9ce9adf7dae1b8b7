// Anchors (npm run audit:anchor): a copy of the chain head kept off the host catches what the
// chain alone cannot — rows cut off the end, and a rewrite by someone who could recompute every
// HMAC — and a forged anchor line does not verify. The CLIs run for real once, end to end.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { anchorMac, makeAnchor, parseAnchors, type AuditAnchor } from "@/lib/audit/anchors";
import { auditRowHashV2 } from "@/lib/audit/chain-hash";
import { subkey } from "@/lib/crypto/encryption-key";
import { verifyAuditChain, writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { asOwner, auditRows, seedV1Rows, withOwnAuditDatabase } from "./chain-fixture";

const fx = withOwnAuditDatabase("miaopu_audit_anchor");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-anchors-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writeRows(n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const w = await writeAuditStandalone({
      actor: null,
      ip: "cli:test",
      action: "cadre.update",
      objectType: "Cadre",
      objectId: `c${i}`,
      result: "SUCCESS",
    });
    ids.push(w.id);
  }
  return ids;
}

/** The anchor `npm run audit:anchor` would write now, as a file line. */
async function anchorNow(): Promise<AuditAnchor> {
  const r = await verifyAuditChain(prisma);
  return makeAnchor(subkey("auditChain"), r.head!, r.checked);
}

/** Runs a CLI as npm would (the anchor writes with the app's audit writer: react-server). */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", script, ...args], {
    env: { ...process.env, DATABASE_URL: fx.url, ...env },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const lines = (...anchors: AuditAnchor[]) => parseAnchors(anchors.map((a) => JSON.stringify(a)).join("\n"));

describe("audit anchors", () => {
  it("pass while the chain still holds every anchored row", async () => {
    await seedV1Rows(fx.raw, 2);
    await writeRows(2);
    const first = await anchorNow();
    await writeRows(3);
    const second = await anchorNow();
    expect(second).toMatchObject({ id: "7", count: 7 });
    expect(await verifyAuditChain(prisma, { anchors: lines(first, second) })).toMatchObject({
      ok: true,
      anchorsChecked: 2,
    });
  });

  it("detect the tail deleted after an anchor, naming the anchor", async () => {
    await writeRows(4);
    const anchor = await anchorNow();
    await asOwner(fx.raw, `DELETE FROM "AuditLog" WHERE id >= 3`);
    expect((await verifyAuditChain(prisma)).ok).toBe(true); // the chain alone cannot tell
    const r = await verifyAuditChain(prisma, { anchors: lines(anchor) });
    expect(r).toMatchObject({ ok: false, kind: "removed", firstBadId: BigInt(4) });
    expect(r.problem).toContain("锚点文件第 1 行");
  });

  it("detect a row rewritten before the anchor even when every later HMAC was recomputed", async () => {
    const [, target] = await writeRows(4);
    const anchor = await anchorNow();
    // The forger holds the key: the chain itself verifies afterwards.
    const key = subkey("auditChain");
    const rows = await auditRows();
    let prevHash = rows[Number(target) - 2].hash;
    for (const row of rows.slice(Number(target) - 1)) {
      const forged = { ...row, objectId: row.id === target ? "someone-else" : row.objectId, prevHash };
      prevHash = auditRowHashV2(forged, key);
      await asOwner(fx.raw, `UPDATE "AuditLog" SET "objectId" = $2, "prevHash" = $3, hash = $4 WHERE id = $1`, [
        row.id.toString(),
        forged.objectId,
        forged.prevHash,
        prevHash,
      ]);
    }
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
    expect(await verifyAuditChain(prisma, { anchors: lines(anchor) })).toMatchObject({
      ok: false,
      kind: "anchor",
      firstBadId: BigInt(anchor.id),
    });
  });

  it("refuse a forged anchor line: altered, or signed with another key", async () => {
    await writeRows(3);
    const real = await anchorNow();
    const rows = await auditRows();
    const altered = { ...real, id: "2", hash: rows[1].hash };
    const otherKey = randomBytes(32);
    const made = { ...altered, mac: anchorMac(otherKey, altered) };
    for (const forged of [altered, made]) {
      const r = await verifyAuditChain(prisma, { anchors: lines(real, forged) });
      expect(r).toMatchObject({ ok: false, kind: "anchor" });
      expect(r.problem).toContain("锚点文件第 2 行");
      expect(r.problem).toContain("MAC");
    }
    expect(await verifyAuditChain(prisma, { anchors: parseAnchors("{not json") })).toMatchObject({ ok: false });
  });

  it("npm run audit:anchor appends a line that npm run audit:verify then checks", async () => {
    await writeRows(3);
    const file = path.join(dir, "sub", "anchors.jsonl");
    const anchored = run("lib/cli/audit-anchor.ts", ["--file", file]);
    expect(anchored.out).toContain("已记录审计链头");
    expect(anchored.status).toBe(0);
    const [line] = parseAnchors(fs.readFileSync(file, "utf8"));
    // the run's own row (4) comes first, and the anchor covers it
    expect(line.anchor).toMatchObject({ id: "4", count: 4 });
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe("600");
    expect(run("lib/cli/audit-verify.ts", ["--anchors", file]).status).toBe(0);

    await asOwner(fx.raw, `DELETE FROM "AuditLog" WHERE id = 4`);
    const broken = run("lib/cli/audit-verify.ts", ["--anchors", file]);
    expect(broken.status).toBe(1);
    expect(broken.out).toContain("末尾记录被删除");
    // and no new anchor over a broken chain
    expect(run("lib/cli/audit-anchor.ts", ["--file", file]).status).toBe(1);
    expect(parseAnchors(fs.readFileSync(file, "utf8"))).toHaveLength(1);
  });

  it("npm run audit:anchor records itself (audit.anchor, actor null) before anchoring, so the anchor covers its own row", async () => {
    await writeRows(2);
    const file = path.join(dir, "self.jsonl");
    expect(run("lib/cli/audit-anchor.ts", ["--file", file]).status).toBe(0);
    const rows = await auditRows();
    const own = rows[rows.length - 1];
    expect(own).toMatchObject({
      id: BigInt(3),
      userId: null,
      action: "audit.anchor",
      objectType: "AuditAnchor",
      objectId: "self.jsonl",
      result: "SUCCESS",
      diff: { file: "self.jsonl", verifiedThrough: "2", rows: 2 },
    });
    expect(own.ip).toMatch(/^cli:/);
    const [line] = parseAnchors(fs.readFileSync(file, "utf8"));
    expect(line.anchor).toMatchObject({ id: "3", hash: own.hash, count: 3 });
    // a second run verifies against the first anchor, then records and anchors again
    expect(run("lib/cli/audit-anchor.ts", ["--file", file]).status).toBe(0);
    expect(parseAnchors(fs.readFileSync(file, "utf8")).map((l) => l.anchor?.id)).toEqual(["3", "4"]);
    // deleting the anchor's own row is caught: it is not beyond the anchor's reach
    await asOwner(fx.raw, `DELETE FROM "AuditLog" WHERE id = 4`);
    expect(await verifyAuditChain(prisma, { anchors: parseAnchors(fs.readFileSync(file, "utf8")) })).toMatchObject({
      ok: false,
      kind: "removed",
      firstBadId: BigInt(4),
    });
  });

  it("npm run audit:verify with a default anchors file of an earlier database names the anchor and suggests --anchors, no stack trace", async () => {
    await writeRows(3);
    const file = path.join(dir, "earlier.jsonl");
    expect(run("lib/cli/audit-anchor.ts", ["--file", file]).status).toBe(0);
    // db:reset: a new, shorter log with its own rows
    await asOwner(fx.raw, `DELETE FROM "AuditLog"`);
    await writeRows(2);
    const stale = run("lib/cli/audit-verify.ts", [], { MIAOPU_AUDIT_ANCHOR_FILE: file });
    expect(stale.status).toBe(1);
    expect(stale.out).toContain("未通过的锚点 / failed anchor: 锚点文件第 1 行");
    expect(stale.out).toContain("可能属于之前的数据库");
    expect(stale.out).toContain("--anchors");
    expect(stale.out).toContain(`move ${file} away`);
    expect(stale.out).not.toMatch(/\n\s+at /); // no stack frames
    // a longer new log: the anchored row exists but is another row — the same hint
    await writeRows(3);
    const other = run("lib/cli/audit-verify.ts", [], { MIAOPU_AUDIT_ANCHOR_FILE: file });
    expect(other.status).toBe(1);
    expect(other.out).toContain("可能属于之前的数据库");
    // named explicitly, the file is taken at its word: no stale-file hint
    const explicit = run("lib/cli/audit-verify.ts", ["--anchors", file]);
    expect(explicit.status).toBe(1);
    expect(explicit.out).not.toContain("可能属于之前的数据库");
    // and moving the file away, as suggested, verifies the new chain
    expect(run("lib/cli/audit-verify.ts", [], { MIAOPU_AUDIT_ANCHOR_FILE: path.join(dir, "none.jsonl") }).status).toBe(
      0,
    );
  });
});
