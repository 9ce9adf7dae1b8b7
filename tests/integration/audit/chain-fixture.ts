// A database of its own for the audit-chain tests: they write old-style (v1) rows, wipe the log
// and rewrite it as a database owner would, which must not disturb the shared test database.
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { auditRowHashV1, GENESIS_HASH, type AuditHashInput } from "@/lib/audit/chain-hash";
import { prisma } from "@/lib/server/db";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase, workerDatabaseUrl } from "../../support/test-database";

export interface ChainFixture {
  raw: pg.Client;
  url: string;
}

/** Registers the hooks: a fresh database for the file, an empty audit log before each test. */
export function withOwnAuditDatabase(prefix: string): ChainFixture {
  const fixture = {} as ChainFixture;
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(prefix);
    fixture.url = db.url;
    await switchDatabase(db.url);
    fixture.raw = new pg.Client({ connectionString: db.url });
    await fixture.raw.connect();
  });
  beforeEach(async () => {
    await asOwner(fixture.raw, `DELETE FROM "AuditLog"`);
  });
  afterAll(async () => {
    await fixture.raw?.end();
    await switchDatabase(workerDatabaseUrl());
    await db?.dispose();
  });
  return fixture;
}

/** Runs SQL with the append-only trigger bypassed, as the table owner or a superuser can. */
export async function asOwner(raw: pg.Client, sql: string, params: unknown[] = []): Promise<void> {
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

/** Rows as the writer before the keyed chain stored them: chainVersion 1, sha256, no context. */
export async function seedV1Rows(raw: pg.Client, n: number): Promise<void> {
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const row: AuditHashInput = {
      id: BigInt(i),
      occurredAt: new Date(Date.UTC(2026, 10, 1, 8, 0, i)),
      userId: "u-old",
      username: "laozhang",
      role: "ORG_STAFF",
      ip: "10.0.0.1",
      action: "cadre.update",
      objectType: "Cadre",
      objectId: `old${i}`,
      result: "SUCCESS",
      diff: { name: { from: "甲", to: "乙" } },
      referenceId: null,
      prevHash,
    };
    const hash = auditRowHashV1(row);
    await raw.query(
      `INSERT INTO "AuditLog" (id, "occurredAt", "userId", username, role, ip, action, "objectType", "objectId",
         result, diff, "referenceId", "prevHash", hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        row.id.toString(),
        row.occurredAt,
        row.userId,
        row.username,
        row.role,
        row.ip,
        row.action,
        row.objectType,
        row.objectId,
        row.result,
        JSON.stringify(row.diff),
        row.referenceId,
        prevHash,
        hash,
      ],
    );
    prevHash = hash;
  }
}

export async function auditRows(fromId = BigInt(1)) {
  return prisma.auditLog.findMany({ where: { id: { gte: fromId } }, orderBy: { id: "asc" } });
}
