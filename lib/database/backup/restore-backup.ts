// `npm run db:restore FILE`: checks the dump against its manifest (SHA-256), restores it into
// an empty database with pg_restore in one transaction, then proves the result: every table's
// row count and checksum equal the manifest's, the migration state is the same, and the audit
// hash chain verifies up to the head recorded at backup time.
//
// A non-empty database is refused unless `force`. Forced, the current schema is first renamed
// aside and only dropped once the restored copy has been verified; if anything fails, the old
// data is put back instead of leaving nothing.
import fs from "node:fs";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { verifyAuditChain, type AuditChainReport } from "../../audit/verify-chain";
import { databaseName } from "../admin";
import { grantAppRole } from "../grants";
import { appliedMigrations } from "../migration-state";
import { libpqTarget } from "./connection";
import { compareFingerprints, tableFingerprints } from "./fingerprint";
import { readManifest, sha256File, type BackupManifest } from "./manifest";
import { findPgTool } from "./pg-tools";
import { runTool } from "./run-tool";

export interface RestoreOptions {
  file: string;
  url: string;
  force?: boolean;
  /** Grant the application role its privileges afterwards (MIAOPU_APP_ROLE). */
  appRole?: string;
}

export interface RestoreResult {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  audit: AuditChainReport;
}

/** The restore did not happen; nothing was changed. */
export class RestoreRefusedError extends Error {
  name = "RestoreRefusedError";
}

/** Relations in schemas other than the system ones: 0 means an empty database. */
async function userRelationCount(client: pg.Client): Promise<number> {
  const r = await client.query<{ n: string }>(
    `select count(*)::text as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
       and n.nspname not like 'pg_temp%' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`,
  );
  return Number(r.rows[0].n);
}

async function verifyAudit(url: string, manifest: BackupManifest): Promise<AuditChainReport> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const head = manifest.auditHead;
    return await verifyAuditChain(prisma, head ? { anchor: { id: BigInt(head.id), hash: head.hash } } : {});
  } finally {
    await prisma.$disconnect();
  }
}

async function checkFile(file: string): Promise<BackupManifest> {
  if (!fs.existsSync(file)) throw new RestoreRefusedError(`备份文件不存在 / backup file not found: ${file}`);
  const manifest = readManifest(file);
  const actual = await sha256File(file);
  if (actual !== manifest.sha256) {
    throw new RestoreRefusedError(
      `备份文件校验失败：SHA-256 与清单不符，文件已损坏或被改动，拒绝恢复 / checksum mismatch: the file is damaged or was altered.\n` +
        `  清单 / manifest: ${manifest.sha256}\n  文件 / file:     ${actual}`,
    );
  }
  return manifest;
}

export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const manifest = await checkFile(opts.file);
  const pgRestore = findPgTool("pg_restore", manifest.pgDump.major);
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  const aside = `miaopu_replaced_${Date.now()}`;
  let movedAside = false;
  try {
    const existing = await userRelationCount(client);
    if (existing > 0 && !opts.force) {
      throw new RestoreRefusedError(
        `目标数据库 ${databaseName(opts.url)} 不为空（已有 ${existing} 个表、序列或视图），为防止覆盖现有数据拒绝恢复。` +
          `请恢复到新建的空库；确需覆盖请加 --force。/ the target database is not empty; restore into a new empty database or pass --force.`,
      );
    }
    if (existing > 0) {
      await client.query(`ALTER SCHEMA public RENAME TO ${aside}`);
      movedAside = true;
      await client.query("CREATE SCHEMA public");
    }
    const target = libpqTarget(opts.url);
    await runTool(
      pgRestore.path,
      [
        "--single-transaction",
        "--exit-on-error",
        "--no-owner",
        "--no-acl",
        "--no-password",
        `--dbname=${target.uri}`,
        opts.file,
      ],
      target.env,
    );
    const result = await verifyRestored(client, opts.url, manifest);
    // Only a verified copy replaces the old data.
    if (movedAside) {
      await client.query(`DROP SCHEMA ${aside} CASCADE`);
      movedAside = false;
    }
    if (opts.appRole) await grantAppRole(client, opts.appRole);
    // pg_restore brings no planner statistics: without them the first queries run on guesses
    // (the dashboard's promotions query took seconds instead of milliseconds on a fresh load)
    await client.query("ANALYZE");
    return result;
  } catch (e) {
    if (movedAside) {
      await client.query(`DROP SCHEMA IF EXISTS public CASCADE`).catch(() => {});
      await client.query(`ALTER SCHEMA ${aside} RENAME TO public`).catch(() => {});
      if (e instanceof Error) e.message += "\n原有数据已放回，未作任何改动 / the previous data was put back unchanged.";
    }
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

async function verifyRestored(client: pg.Client, url: string, manifest: BackupManifest): Promise<RestoreResult> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  const tables = await tableFingerprints(client);
  const migrations = await appliedMigrations(client);
  await client.query("COMMIT");
  const problems = compareFingerprints(manifest.tables, tables);
  if (migrations.join("\n") !== manifest.migrations.join("\n"))
    problems.push("迁移记录与清单不符 / migration history differs from the manifest");
  if (problems.length)
    throw new Error(
      `恢复后的数据与备份清单不一致 / restored data does not match the manifest:\n  ${problems.join("\n  ")}`,
    );
  const audit = await verifyAudit(url, manifest);
  if (!audit.ok)
    throw new Error(`恢复后审计日志哈希链校验失败，请勿投入使用 / audit chain broken after restore: ${audit.problem}`);
  const rows = Object.values(tables).reduce((n, t) => n + t.rows, 0);
  return { manifest, tables: Object.keys(tables).length, rows, audit };
}
