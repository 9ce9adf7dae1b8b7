import "server-only";
// The about page's facts: application version, database reachability, the migration state
// (applied, failed, and folders not yet applied) and the policy profile in force.
import { readdir } from "node:fs/promises";
import path from "node:path";
import packageJson from "@/package.json";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { lastBackupAt } from "@/lib/server/backup/backup-audit";
import { prisma } from "@/lib/server/db";

export interface MigrationRow {
  name: string;
  finishedAt: Date | null;
  rolledBack: boolean;
}

export interface SystemHealth {
  appVersion: string;
  nodeVersion: string;
  database: { ok: true; serverVersion: string; latencyMs: number; sizeBytes: number } | { ok: false; error: string };
  migrations: { applied: MigrationRow[]; failed: string[]; pending: string[] } | null;
  /** the last successful `npm run db:backup` recorded in the audit log; null if none */
  lastBackupAt: Date | null;
}

async function migrationFolders(): Promise<string[] | null> {
  try {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    return (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return null; // deployed without the sources: only the database's own record is shown
  }
}

export async function systemHealth(actor: Actor): Promise<SystemHealth> {
  assertCan(actor, "settings", "read");
  const base = { appVersion: packageJson.version, nodeVersion: process.version, lastBackupAt: null };
  const t0 = performance.now();
  try {
    const [info] = await prisma.$queryRaw<
      { version: string; size: bigint }[]
    >`select current_setting('server_version') as version, pg_database_size(current_database()) as size`;
    const latencyMs = Math.round(performance.now() - t0);
    const rows = await prisma.$queryRaw<
      { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]
    >`
      select migration_name, finished_at, rolled_back_at from _prisma_migrations order by started_at, migration_name`;
    const applied = rows.map((r) => ({
      name: r.migration_name,
      finishedAt: r.finished_at,
      rolledBack: r.rolled_back_at !== null,
    }));
    const failed = applied.filter((m) => !m.finishedAt && !m.rolledBack).map((m) => m.name);
    const done = new Set(applied.filter((m) => m.finishedAt).map((m) => m.name));
    const pending = ((await migrationFolders()) ?? []).filter((f) => !done.has(f));
    return {
      ...base,
      lastBackupAt: await lastBackupAt(),
      database: { ok: true, serverVersion: info.version, latencyMs, sizeBytes: Number(info.size) },
      migrations: { applied, failed, pending },
    };
  } catch (e) {
    return {
      ...base,
      database: { ok: false, error: e instanceof Error ? e.message.split("\n")[0].slice(0, 200) : "未知错误" },
      migrations: null,
    };
  }
}
