// `npm run db:backup`: pg_dump in custom format into a timestamped file, with a manifest
// (manifest.ts) describing exactly the snapshot pg_dump saw. The manifest's figures and the
// dump come from the same snapshot: this connection opens a REPEATABLE READ transaction,
// exports its snapshot, reads counts/checksums/migrations/audit head inside it, and pg_dump
// joins it with --snapshot. Writes keep running meanwhile (pg_dump takes no blocking locks).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseName } from "../admin";
import { appliedMigrations } from "../migration-state";
import { libpqTarget } from "./connection";
import { serverMajor, tableFingerprints } from "./fingerprint";
import { MANIFEST_FORMAT, sha256File, writeManifest, type BackupManifest } from "./manifest";
import { findPgTool } from "./pg-tools";
import { runTool } from "./run-tool";

export interface BackupOptions {
  url: string;
  dir: string;
  now?: Date;
}

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
}

/** 2026-11-22T02:45:00.123Z → 20261122T024500Z */
export function backupTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

async function auditHead(client: pg.Client): Promise<BackupManifest["auditHead"]> {
  const exists = await client.query<{ t: string | null }>(`select to_regclass('public."AuditLog"')::text as t`);
  if (!exists.rows[0]?.t) return null;
  const r = await client.query<{ id: string; hash: string }>(
    `select a.id::text as id, a.hash from "AuditLog" a order by a.id desc limit 1`,
  );
  return r.rows[0] ?? null;
}

export async function createBackup(opts: BackupOptions): Promise<BackupResult> {
  const now = opts.now ?? new Date();
  const database = databaseName(opts.url);
  const file = path.resolve(opts.dir, `miaopu-${database}-${backupTimestamp(now)}.dump`);
  const partial = `${file}.partial`;
  if (fs.existsSync(file)) throw new Error(`备份文件已存在 / backup file exists: ${file}`);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });

  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    const server = await serverMajor(client);
    const pgDump = findPgTool("pg_dump", server.major);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ s: string }>("select pg_export_snapshot() as s")).rows[0].s;
    const migrations = await appliedMigrations(client);
    const tables = await tableFingerprints(client);
    const head = await auditHead(client);
    const target = libpqTarget(opts.url);
    await runTool(
      pgDump.path,
      ["--format=custom", "--no-password", `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${target.uri}`],
      target.env,
    );
    await client.query("COMMIT");
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      file: path.basename(file),
      createdAt: now.toISOString(),
      database,
      server,
      pgDump: { version: pgDump.version, major: pgDump.major },
      sizeBytes: fs.statSync(file).size,
      sha256: await sha256File(file),
      migrations,
      tables,
      auditHead: head,
    };
    writeManifest(file, manifest);
    return { file, manifest };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}
