// The keyed chain against a real PostgreSQL: rows from before the upgrade (v1, sha256) keep
// verifying, new rows are HMAC'd with a key that is not in the database, and the attack that
// worked before — the owner edits a row behind the trigger and recomputes every later hash —
// is reported at the row it changed.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditRowHashV1, auditRowHashV2, type AuditHashInput } from "@/lib/audit/chain-hash";
import { subkey } from "@/lib/crypto/encryption-key";
import { auditBy, verifyAuditChain, writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { actorOf } from "../../support/users";
import { asOwner, auditRows, seedV1Rows, withOwnAuditDatabase } from "./chain-fixture";

const fx = withOwnAuditDatabase("miaopu_audit_chain");

const staff = actorOf(
  { id: "u-staff", username: "wangwu", displayName: "王五", role: "UNIT", unitId: "unit-7" },
  { sessionId: "sess-secret-bearer-value", requestId: "req-0001", userAgent: "Mozilla/5.0 " + "x".repeat(400) },
);

async function writeV2(n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const w = await writeAuditStandalone({
      ...auditBy(staff),
      action: "cadre.update",
      objectType: "Cadre",
      objectId: `new${i}`,
      result: "SUCCESS",
    });
    ids.push(w.id);
  }
  return ids;
}

/**
 * What a database owner can do: change one row, then recompute the hash of it and of every later
 * row so that each prevHash links again — with `hashOf` and `version` of the forger's choosing.
 */
async function rewriteFrom(target: bigint, hashOf: (row: AuditHashInput) => string, version: number): Promise<void> {
  const rows = await auditRows(target - BigInt(1));
  let prevHash = rows[0].hash;
  for (const row of rows.slice(1)) {
    const forged = {
      ...row,
      objectId: row.id === target ? "someone-else" : row.objectId,
      chainVersion: version,
      prevHash,
    };
    const hash = hashOf(forged);
    await asOwner(
      fx.raw,
      `UPDATE "AuditLog" SET "objectId" = $2, "chainVersion" = $3, "prevHash" = $4, hash = $5 WHERE id = $1`,
      [row.id.toString(), forged.objectId, version, prevHash, hash],
    );
    prevHash = hash;
  }
}

describe("the keyed audit chain", () => {
  it("verifies old v1 rows followed by new v2 rows, which carry the actor's context", async () => {
    await seedV1Rows(fx.raw, 3);
    const ids = await writeV2(2);
    expect(ids).toEqual([BigInt(4), BigInt(5)]);
    const rows = await auditRows();
    expect(rows.map((r) => r.chainVersion)).toEqual([1, 1, 1, 2, 2]);
    expect(rows[3]).toMatchObject({ unitId: "unit-7", requestId: "req-0001", prevHash: rows[2].hash });
    expect(rows[3].userAgent).toHaveLength(300);
    expect(rows[3].sessionHash).toMatch(/^[0-9a-f]{16}$/);
    const dump = await fx.raw.query(`SELECT "AuditLog"::text AS t FROM "AuditLog"`);
    expect(dump.rows.map((r: { t: string }) => r.t).join("\n")).not.toContain("sess-secret-bearer-value");
    // Not the unkeyed formula: nobody without the key can produce it.
    expect(rows[3].hash).not.toBe(auditRowHashV1(rows[3]));
    expect(await verifyAuditChain(prisma)).toMatchObject({
      ok: true,
      checked: 5,
      keyed: 2,
    });
  });

  it("catches the owner's rewrite with plain sha256 at the changed row", async () => {
    await seedV1Rows(fx.raw, 2);
    const [, target] = await writeV2(4);
    await rewriteFrom(target, auditRowHashV1, 2);
    expect(await verify()).toMatchObject({ ok: false, firstBadId: target, kind: "edited" });
  });

  it("catches the rewrite when the forger also marks the rows as v1 (a downgrade)", async () => {
    await seedV1Rows(fx.raw, 2);
    const [, target] = await writeV2(4);
    await rewriteFrom(target, auditRowHashV1, 1);
    const r = await verify();
    expect(r).toMatchObject({ ok: false, firstBadId: target, kind: "downgraded" });
    expect(r.problem).toContain(`第 ${target} 行`);
  });

  it("catches a rewrite HMAC'd with any other key", async () => {
    const [, target] = await writeV2(3);
    const otherKey = randomBytes(32);
    await rewriteFrom(target, (row) => auditRowHashV2(row, otherKey), 2);
    expect(await verify()).toMatchObject({ ok: false, firstBadId: target, kind: "edited" });
  });

  it("catches a v2 row whose context was changed, and an unknown version", async () => {
    const [first, second] = await writeV2(2);
    await asOwner(fx.raw, `UPDATE "AuditLog" SET "userAgent" = 'curl/8' WHERE id = $1`, [first.toString()]);
    expect(await verify()).toMatchObject({ ok: false, firstBadId: first, kind: "edited" });
    await asOwner(fx.raw, `DELETE FROM "AuditLog" WHERE id = $1`, [first.toString()]);
    expect(await verify()).toMatchObject({ ok: false, firstBadId: second, kind: "removed" });
  });

  it("a key holder's rewrite verifies as a chain: only an anchor can catch it (anchors.test.ts)", async () => {
    const [, target] = await writeV2(3);
    await rewriteFrom(target, (row) => auditRowHashV2(row, subkey("auditChain")), 2);
    expect((await verify()).ok).toBe(true);
  });
});

async function verify() {
  return verifyAuditChain(prisma, { batchSize: 2 });
}
