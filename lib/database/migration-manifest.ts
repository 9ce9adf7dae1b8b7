// The signed list of migration folders (prisma/migrations/checksums.txt): a migration that a
// database may have applied must never change, or databases migrated before and after the change
// silently differ (Prisma only warns about a changed checksum in `migrate dev`, and `migrate
// deploy` does not look). Each line is `sha256  folder/migration.sql` (the format of `sha256sum`,
// so `cd prisma/migrations && sha256sum -c checksums.txt` checks it too). New folders are appended
// by `npm run migrations:sign`; an edited, renamed or deleted signed folder fails `npm run lint`.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const MANIFEST_FILE = "checksums.txt";

export interface SignedMigration {
  name: string;
  sha256: string;
}

function sha256Of(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Migration folders on disk (those with a migration.sql), oldest first. */
function migrationFolders(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

export function readManifest(dir: string): SignedMigration[] {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const m = /^([0-9a-f]{64}) {2}(.+)\/migration\.sql$/.exec(line);
      if (!m) throw new Error(`${MANIFEST_FILE}: unreadable line "${line}"`);
      return { sha256: m[1], name: m[2] };
    });
}

/** Every problem with the migrations in `dir`; [] when each signed folder is unchanged and every folder is signed. */
export function checkMigrations(dir: string): string[] {
  const problems: string[] = [];
  const signed = readManifest(dir);
  const onDisk = new Set(migrationFolders(dir));
  for (const { name, sha256 } of signed) {
    if (!onDisk.has(name))
      problems.push(`${name}: signed but missing (a signed migration may not be renamed or deleted)`);
    else if (sha256Of(path.join(dir, name, "migration.sql")) !== sha256) {
      problems.push(`${name}: migration.sql was edited after it was signed (add a new migration instead)`);
    }
  }
  const known = new Set(signed.map((s) => s.name));
  for (const name of onDisk) {
    if (!known.has(name)) problems.push(`${name}: not signed yet (run \`npm run migrations:sign\`)`);
  }
  return problems;
}

/** Appends the folders not signed yet to the manifest (never rewrites a signed line); returns their names. */
export function signNewMigrations(dir: string): string[] {
  const known = new Set(readManifest(dir).map((s) => s.name));
  const added = migrationFolders(dir).filter((name) => !known.has(name));
  const lines = added.map((name) => `${sha256Of(path.join(dir, name, "migration.sql"))}  ${name}/migration.sql\n`);
  if (lines.length) fs.appendFileSync(path.join(dir, MANIFEST_FILE), lines.join(""));
  return added;
}
