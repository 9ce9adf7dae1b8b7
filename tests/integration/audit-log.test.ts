// The audit log against a real PostgreSQL: one row per event, same-transaction rollback,
// append-only enforcement in the database, and hash-chain verification catching tampering.
// Tampering bypasses the trigger with session_replication_role = replica (the test user is a
// superuser) and every test restores what it broke, because other test files share this db.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRowHash } from "@/lib/audit/chain-hash";
import { subkey } from "@/lib/crypto/encryption-key";
import { prisma } from "@/lib/server/db";
import { auditDiff, verifyAuditChain, writeAudit, writeAuditStandalone, type AuditEntry } from "@/lib/server/audit";

const actor = { id: "u-test", username: "zhangsan", role: "ORG_STAFF" as const };
const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  actor,
  ip: "10.0.0.8",
  action: "cadre.update",
  objectType: "Cadre",
  objectId: "c1",
  result: "SUCCESS",
  ...over,
});

let raw: pg.Client;
beforeAll(async () => {
  raw = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await raw.connect();
});
afterAll(async () => {
  await raw.end();
  await prisma.$disconnect();
});

/** Runs SQL with the append-only trigger bypassed, as a database owner could. */
async function asOwner(sql: string, params: unknown[] = []): Promise<void> {
  await raw.query("BEGIN");
  try {
    await raw.query("SET LOCAL session_replication_role = replica");
    await raw.query(sql, params);
    await raw.query("COMMIT");
  } catch (e) {
    await raw.query("ROLLBACK");
    throw e;
  }
}

/** Copies a row aside (session temp table) before a test deletes it, to put it back after. */
async function saveRow(id: bigint): Promise<() => Promise<void>> {
  await raw.query(`CREATE TEMP TABLE IF NOT EXISTS audit_saved AS SELECT * FROM "AuditLog" WITH NO DATA`);
  await raw.query(`DELETE FROM audit_saved`);
  await raw.query(`INSERT INTO audit_saved SELECT * FROM "AuditLog" WHERE id = $1`, [id.toString()]);
  return async () => void (await raw.query(`INSERT INTO "AuditLog" SELECT * FROM audit_saved`));
}

async function lastId(): Promise<bigint> {
  const last = await prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

async function writeRows(n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) ids.push((await writeAuditStandalone(entry({ objectId: `c${i}` }))).id);
  return ids;
}

describe("writeAudit", () => {
  it("appends exactly one row per call, chained to the previous one", async () => {
    const before = await lastId();
    const a = await writeAuditStandalone(entry({ diff: { name: { from: "张三", to: "张叁" } } }));
    const b = await prisma.$transaction((tx) => writeAudit(tx, entry({ action: "auth.signout" })));
    expect(a.id).toBe(before + BigInt(1));
    expect(b.id).toBe(before + BigInt(2));
    const rows = await prisma.auditLog.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ userId: "u-test", username: "zhangsan", role: "ORG_STAFF", ip: "10.0.0.8" });
    expect(rows[0].diff).toEqual({ name: { from: "张三", to: "张叁" } });
    expect(rows[1].prevHash).toBe(rows[0].hash);
  });

  it("keeps ids gap-free and the chain linear under concurrent writers", async () => {
    const before = await lastId();
    // allSettled: every writer has finished before anything is asserted, so a failure here can
    // never leave late rows behind for the next test to trip over
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => writeAuditStandalone(entry({ objectId: `p${i}` }))),
    );
    expect(settled.filter((r) => r.status === "rejected")).toEqual([]);
    const written = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const ids = written.map((w) => w.id).sort((x, y) => (x < y ? -1 : 1));
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => before + BigInt(i + 1)));
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("rolls back the business change when the audit write fails", async () => {
    const before = await lastId();
    const code = `U-ROLLBACK-${Date.now()}`;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.unit.create({ data: { code, name: "回滚测试单位", type: "STREET" } });
        await writeAudit(tx, entry({ action: "" }));
      }),
    ).rejects.toThrow();
    expect(await prisma.unit.findUnique({ where: { code } })).toBeNull();
    expect(await lastId()).toBe(before);
  });

  it("rolls back the audit row when the business change fails after it", async () => {
    const before = await lastId();
    await expect(
      prisma.$transaction(async (tx) => {
        await writeAudit(tx, entry());
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await lastId()).toBe(before);
    // The next row reuses the id: no gap for the verifier to mistake for a deletion.
    expect((await writeAuditStandalone(entry())).id).toBe(before + BigInt(1));
  });

  it("refuses to run outside a transaction", async () => {
    await expect(writeAudit(prisma, entry())).rejects.toThrow("prisma.$transaction");
  });

  it("stores no secret and no full ID number, even from a careless diff", async () => {
    const diff = {
      ...auditDiff(
        { idNumber: "11010519491231002X", passwordHash: "$argon2id$old" },
        { idNumber: "110105194912310035", passwordHash: "$argon2id$new" },
      ),
      note: { from: null, to: "身份证 11010519491231002X 已核对" },
      idNumberCipher: { from: null, to: "v1:abc:def:ghi" },
    };
    const { id } = await writeAuditStandalone(entry({ diff }));
    const stored = JSON.stringify((await prisma.auditLog.findUniqueOrThrow({ where: { id } })).diff);
    expect(stored).not.toMatch(/11010519491231002X|110105194912310035|argon2|v1:abc/);
    expect(stored).toContain("110105********002X");
    expect(stored).toContain("[已隐藏]");
    expect(stored).toContain("[已加密]");
  });
});

describe("append-only in the database", () => {
  it.each([
    ["UPDATE", `UPDATE "AuditLog" SET action = 'cadre.tampered' WHERE id = $1`],
    ["DELETE", `DELETE FROM "AuditLog" WHERE id = $1`],
  ])("%s fails", async (_op, sql) => {
    const { id } = await writeAuditStandalone(entry());
    await expect(raw.query(sql, [id.toString()])).rejects.toThrow("AuditLog is append-only");
    await expect(prisma.auditLog.count({ where: { id, action: "cadre.update" } })).resolves.toBe(1);
  });

  it("TRUNCATE fails, and so do Prisma's update and delete", async () => {
    const { id } = await writeAuditStandalone(entry());
    await expect(raw.query(`TRUNCATE "AuditLog"`)).rejects.toThrow("AuditLog is append-only");
    await expect(prisma.auditLog.update({ where: { id }, data: { action: "x.y" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await prisma.auditLog.count({ where: { id } })).toBe(1);
  });
});

describe("verifyAuditChain", () => {
  it("passes on a good chain, in small batches too", async () => {
    await writeRows(5);
    const all = await prisma.auditLog.count();
    expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, checked: all });
    const small = await verifyAuditChain(prisma, { batchSize: 3 });
    expect(small).toMatchObject({ ok: true, checked: all });
    expect(small.head?.id).toBe(await lastId());
  });

  it("catches an edited row", async () => {
    const [, target] = await writeRows(3);
    const original = await prisma.auditLog.findUniqueOrThrow({ where: { id: target } });
    await asOwner(`UPDATE "AuditLog" SET "objectId" = 'someone-else' WHERE id = $1`, [target.toString()]);
    try {
      expect(await verifyAuditChain(prisma, { batchSize: 4 })).toMatchObject({
        ok: false,
        firstBadId: target,
        kind: "edited",
      });
    } finally {
      await asOwner(`UPDATE "AuditLog" SET "objectId" = $2 WHERE id = $1`, [target.toString(), original.objectId]);
    }
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  // A forger holding the audit key (the unkeyed case: tests/integration/audit/keyed-chain.test.ts).
  it("catches an edited row whose hash a forger recomputed, at the next row", async () => {
    const [, target, next] = await writeRows(3);
    const original = await prisma.auditLog.findUniqueOrThrow({ where: { id: target } });
    const forged = { ...original, objectId: "someone-else" };
    await asOwner(`UPDATE "AuditLog" SET "objectId" = $2, hash = $3 WHERE id = $1`, [
      target.toString(),
      forged.objectId,
      auditRowHash(forged, subkey("auditChain")),
    ]);
    try {
      expect(await verifyAuditChain(prisma)).toMatchObject({ ok: false, firstBadId: next, kind: "relinked" });
    } finally {
      await asOwner(`UPDATE "AuditLog" SET "objectId" = $2, hash = $3 WHERE id = $1`, [
        target.toString(),
        original.objectId,
        original.hash,
      ]);
    }
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("catches a deleted row", async () => {
    const [, target, next] = await writeRows(3);
    const restore = await saveRow(target);
    await asOwner(`DELETE FROM "AuditLog" WHERE id = $1`, [target.toString()]);
    try {
      expect(await verifyAuditChain(prisma, { batchSize: 2 })).toMatchObject({
        ok: false,
        firstBadId: next,
        kind: "removed",
      });
    } finally {
      await restore();
    }
    expect((await verifyAuditChain(prisma)).ok).toBe(true);
  });

  it("catches rows cut off the end only with an anchor", async () => {
    const [tail] = await writeRows(1);
    const head = (await verifyAuditChain(prisma)).head!;
    expect(head.id).toBe(tail);
    const restore = await saveRow(tail);
    await asOwner(`DELETE FROM "AuditLog" WHERE id = $1`, [tail.toString()]);
    try {
      expect((await verifyAuditChain(prisma)).ok).toBe(true); // the limit of a bare chain
      expect(await verifyAuditChain(prisma, { anchor: head })).toMatchObject({
        ok: false,
        kind: "removed",
        firstBadId: tail,
      });
    } finally {
      await restore();
    }
    expect((await verifyAuditChain(prisma, { anchor: head })).ok).toBe(true);
  });
});
