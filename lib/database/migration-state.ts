// Which migrations a database has applied (Prisma's _prisma_migrations table) compared with the
// migration folders this version of the code ships. Used by `npm run serve` (refuse to serve
// a database that is behind), the backup manifest and `npm run db:restore`.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");

/** Migration folder names shipped with the code, oldest first. */
export function shippedMigrations(root = process.cwd()): string[] {
  const dir = path.join(root, MIGRATIONS_DIR);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

type Queryable = Pick<pg.ClientBase, "query">;

/** Names of the migrations the database finished (not rolled back), oldest first; [] if none. */
export async function appliedMigrations(client: Queryable): Promise<string[]> {
  const exists = await client.query<{ t: string | null }>("select to_regclass('public._prisma_migrations')::text as t");
  if (!exists.rows[0]?.t) return [];
  const r = await client.query<{ migration_name: string }>(
    "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name",
  );
  return r.rows.map((x) => x.migration_name);
}

export interface MigrationComparison {
  /** shipped with the code but not applied to the database */
  pending: string[];
  /** applied to the database but unknown to this code (the database is newer than the code) */
  unknown: string[];
}

export function compareMigrations(applied: string[], shipped: string[]): MigrationComparison {
  const a = new Set(applied);
  const s = new Set(shipped);
  return { pending: shipped.filter((m) => !a.has(m)), unknown: applied.filter((m) => !s.has(m)) };
}
