// The backup drill, as an administrator runs it: seed a database on a PostgreSQL server that
// pg_dump can dump (Debian's, in CI), `npm run db:backup`, `npm run db:restore` into a fresh
// database, then compare every table's row count and content checksum (computed here,
// independently of the manifest's) and run `npm run audit:verify`. Also: a non-empty target
// is refused unless --force, a damaged file is refused, a broken audit chain fails the restore.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/lib/database/admin";
import { migrateDeploy } from "@/lib/database/migrate";
import { writeAuditStandalone } from "@/lib/server/audit";
import { startPgCluster, type PgCluster } from "../../support/pg-cluster";
import { switchDatabase } from "../../support/switch-database";
import { workerDatabaseUrl } from "../../support/test-database";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
let cluster: PgCluster;
let dir: string;
let source: string;
let dumpFile: string;
let restored: string;
let replaced: string;

function cli(script: string, args: string[], databaseUrl: string) {
  const r = spawnSync(tsx, ["--conditions=react-server", script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/**
 * Every table's row count and md5 over its rows sorted as text (not the manifest's method).
 * The audit rows that record the backup and the restore themselves are left out (checked on
 * their own): they are written after the dump, into the source and the restored database.
 */
async function snapshot(url: string): Promise<Record<string, string>> {
  const tables = await query<{ t: string }>(
    url,
    "select tablename as t from pg_tables where schemaname = 'public' order by 1",
  );
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const where = t === "AuditLog" ? "where x.action not like 'backup.%'" : "";
    const [r] = await query<{ n: string; md5: string }>(
      url,
      `select count(*)::text as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as md5 from "${t}" x ${where}`,
    );
    out[t] = `${r.n} ${r.md5}`;
  }
  return out;
}

beforeAll(async () => {
  cluster = await startPgCluster({ needPgDump: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-backups-"));
  source = await createDatabase(cluster.url(), "drill_source");
  migrateDeploy(source);
  const seed = spawnSync(tsx, ["prisma/seed/cli.ts", "--cadres", "150"], {
    env: { ...process.env, DATABASE_URL: source },
    encoding: "utf8",
  });
  expect(seed.status, seed.stderr).toBe(0);
  // Audit rows through the real writer, so the restored chain has something to verify.
  await switchDatabase(source);
  for (let i = 0; i < 25; i++) {
    await writeAuditStandalone({
      actor: null,
      ip: "10.0.0.1",
      action: "export.roster",
      objectType: "Cadre",
      objectId: `drill-${i}`,
      result: "SUCCESS",
    });
  }
  await switchDatabase(workerDatabaseUrl());
}, 180_000);

afterAll(async () => {
  await switchDatabase(workerDatabaseUrl());
  cluster?.destroy();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore drill`, () => {
  it("db:backup writes a timestamped custom-format dump and a manifest with its SHA-256 and migration state", () => {
    const r = cli("lib/cli/db-backup.ts", ["--dir", dir], source);
    expect(r.status, r.out).toBe(0);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".dump"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^miaopu-drill_source-\d{8}T\d{6}Z\.dump$/);
    dumpFile = path.join(dir, files[0]);
    expect(fs.readFileSync(dumpFile).subarray(0, 5).toString()).toBe("PGDMP"); // custom format
    const manifest = JSON.parse(fs.readFileSync(`${dumpFile}.json`, "utf8"));
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(3);
    expect(manifest.tables.Cadre.rows).toBe(150);
    expect(manifest.tables.AuditLog.rows).toBeGreaterThanOrEqual(25);
    expect(manifest.auditHead.id).toBe(String(manifest.tables.AuditLog.rows));
    expect(r.out).toContain(manifest.sha256);
    return query(source, `select action, "objectId", result from "AuditLog" where action like 'backup.%'`).then(
      (rows) => expect(rows).toEqual([{ action: "backup.create", objectId: files[0], result: "SUCCESS" }]),
    );
  });

  it("db:restore into a fresh database gives back every table with the same rows, and the audit chain verifies", async () => {
    const target = (restored = await createDatabase(cluster.url(), "drill_restored"));
    const r = cli("lib/cli/db-restore.ts", [dumpFile], target);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("恢复完成并已校验");

    const before = await snapshot(source);
    const after = await snapshot(target);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(after).toEqual(before);
    expect(before.Cadre).toMatch(/^150 /);
    expect(await query(target, `select action, "objectId" from "AuditLog" where action like 'backup.%'`)).toEqual([
      { action: "backup.restore", objectId: path.basename(dumpFile) },
    ]);

    const verify = cli("lib/cli/audit-verify.ts", [], target);
    expect(verify.status, verify.out).toBe(0);
    expect(verify.out).toContain("审计日志哈希链完整");
  });

  it("a non-empty database is refused without --force and left as it was; --force replaces it", async () => {
    const target = (replaced = await createDatabase(cluster.url(), "drill_nonempty"));
    await query(target, `create table local_notes (id text primary key); insert into local_notes values ('kept')`);

    const refused = cli("lib/cli/db-restore.ts", [dumpFile], target);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("不为空");
    expect(refused.out).toContain("--force");
    expect(await query(target, `select id from local_notes`)).toEqual([{ id: "kept" }]);

    const forced = cli("lib/cli/db-restore.ts", [dumpFile, "--force"], target);
    expect(forced.status, forced.out).toBe(0);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it("a damaged dump is refused by its checksum and nothing is restored", async () => {
    const damaged = path.join(dir, "damaged.dump");
    const bytes = fs.readFileSync(dumpFile);
    bytes[bytes.length - 100] ^= 0xff;
    fs.writeFileSync(damaged, bytes);
    fs.copyFileSync(`${dumpFile}.json`, `${damaged}.json`);
    const target = await createDatabase(cluster.url(), "drill_damaged");
    const r = cli("lib/cli/db-restore.ts", [damaged], target);
    expect(r.status).toBe(1);
    expect(r.out).toContain("SHA-256 与清单不符");
    expect(await query(target, "select count(*)::int as n from pg_tables where schemaname = 'public'")).toEqual([
      { n: 0 },
    ]);
  });

  it("a backup of an audit log edited behind the trigger fails verification after restore; forced, the old data is put back", async () => {
    const tampered = restored;
    // What a DBA bypassing the trigger could do; the hash chain must notice.
    await query(
      tampered,
      `begin; set local session_replication_role = replica; update "AuditLog" set ip = '10.9.9.9' where id = 3; commit`,
    );
    const tamperedDir = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-backups-"));
    try {
      expect(cli("lib/cli/db-backup.ts", ["--dir", tamperedDir], tampered).status).toBe(0);
      const file = path.join(
        tamperedDir,
        fs.readdirSync(tamperedDir).find((f) => f.endsWith(".dump"))!,
      );
      const target = await createDatabase(cluster.url(), "drill_tampered_restored");
      const r = cli("lib/cli/db-restore.ts", [file], target);
      expect(r.status).toBe(1);
      expect(r.out).toContain("审计日志哈希链校验失败");

      const before = await snapshot(replaced);
      const forced = cli("lib/cli/db-restore.ts", [file, "--force"], replaced);
      expect(forced.status).toBe(1);
      expect(forced.out).toContain("原有数据已放回");
      expect(await snapshot(replaced)).toEqual(before);
    } finally {
      fs.rmSync(tamperedDir, { recursive: true, force: true });
    }
  });
});
