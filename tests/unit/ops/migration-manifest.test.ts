// The signed migration manifest: a signed migration that is edited, renamed or deleted fails the
// check, a new one fails until it is signed, and signing only appends.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MANIFEST_FILE, checkMigrations, readManifest, signNewMigrations } from "@/lib/database/migration-manifest";
import { MIGRATIONS_DIR } from "@/lib/database/migration-state";

let dir: string;

function addMigration(name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-migrations-"));
  fs.writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  addMigration("20260101000000_init", "CREATE TABLE a (id int);\n");
  addMigration("20260102000000_more", "CREATE TABLE b (id int);\n");
  signNewMigrations(dir);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migration manifest", () => {
  it("passes when every folder is signed and unchanged", () => {
    expect(readManifest(dir).map((m) => m.name)).toEqual(["20260101000000_init", "20260102000000_more"]);
    expect(checkMigrations(dir)).toEqual([]);
  });

  it("refuses an edited signed migration", () => {
    fs.appendFileSync(path.join(dir, "20260101000000_init", "migration.sql"), "ALTER TABLE a ADD x int;\n");
    expect(checkMigrations(dir)).toEqual([expect.stringMatching(/^20260101000000_init: migration.sql was edited/)]);
  });

  it("refuses a renamed signed migration (missing, and the new name unsigned)", () => {
    fs.renameSync(path.join(dir, "20260102000000_more"), path.join(dir, "20260102000000_renamed"));
    const problems = checkMigrations(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^20260102000000_more: signed but missing/);
    expect(problems[1]).toMatch(/^20260102000000_renamed: not signed yet/);
  });

  it("refuses a new folder until it is signed; signing appends and leaves the signed lines alone", () => {
    const before = fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8");
    addMigration("20260103000000_new", "CREATE TABLE c (id int);\n");
    expect(checkMigrations(dir)).toEqual([expect.stringMatching(/^20260103000000_new: not signed yet/)]);
    expect(signNewMigrations(dir)).toEqual(["20260103000000_new"]);
    expect(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8").startsWith(before)).toBe(true);
    expect(checkMigrations(dir)).toEqual([]);
    expect(signNewMigrations(dir)).toEqual([]);
  });

  it("signing does not hide an edit to a signed migration", () => {
    fs.writeFileSync(path.join(dir, "20260102000000_more", "migration.sql"), "DROP TABLE a;\n");
    signNewMigrations(dir);
    expect(checkMigrations(dir)).toHaveLength(1);
  });

  it("holds for the project's own migrations", () => {
    expect(checkMigrations(MIGRATIONS_DIR)).toEqual([]);
  });
});
