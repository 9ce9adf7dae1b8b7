import { describe, expect, it } from "vitest";
import { libpqTarget } from "@/lib/database/backup/connection";
import { backupTimestamp } from "@/lib/database/backup/create-backup";
import { compareFingerprints } from "@/lib/database/backup/fingerprint";
import { findPgTool, parseToolVersion } from "@/lib/database/backup/pg-tools";
import { compareMigrations } from "@/lib/database/migration-state";

describe("backup building blocks", () => {
  it("reads pg_dump's version line, Debian's and upstream's", () => {
    expect(parseToolVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n")).toEqual({
      version: "15.18",
      major: 15,
    });
    expect(parseToolVersion("pg_restore (PostgreSQL) 18.1\n")).toEqual({ version: "18.1", major: 18 });
    expect(parseToolVersion("pg_dump (PostgreSQL) 19devel")).toEqual({ version: "19", major: 19 });
    expect(parseToolVersion("something else")).toBeNull();
  });

  it("keeps the password off the command line and drops Prisma-only URL parameters", () => {
    const t = libpqTarget(
      "postgresql://miaopu_owner:p%40ss@db.internal:5433/miaopu?schema=public&sslmode=require&connection_limit=5",
    );
    expect(t.uri).toBe("postgresql://miaopu_owner@db.internal:5433/miaopu?sslmode=require");
    expect(t.env).toEqual({ PGPASSWORD: "p@ss" });
  });

  it("names backups by UTC second: 2026-11-22T02:45:07.123Z → 20261122T024507Z", () => {
    expect(backupTimestamp(new Date("2026-11-22T02:45:07.123Z"))).toBe("20261122T024507Z");
  });

  it("a pg_dump too old for the server (or none) is reported with what to install", () => {
    expect(() => findPgTool("pg_dump", 99)).toThrow(
      /需要 pg_dump 99 或更新版本[\s\S]*postgresql-client-99[\s\S]*PG_BIN/,
    );
  });

  it("compares fingerprints table by table", () => {
    const a = { Cadre: { rows: 3, checksum: "12" }, Unit: { rows: 1, checksum: "5" } };
    expect(compareFingerprints(a, a)).toEqual([]);
    expect(
      compareFingerprints(a, {
        Cadre: { rows: 2, checksum: "12" },
        Unit: { rows: 1, checksum: "6" },
        Extra: { rows: 0, checksum: "0" },
      }),
    ).toEqual([
      "Cadre: 行数 2，应为 3 / rows 2, expected 3",
      "Unit: 内容校验和不符 / content checksum differs",
      "Extra: 备份中没有此表 / not in the backup",
    ]);
    expect(compareFingerprints(a, { Cadre: a.Cadre })).toEqual(["Unit: 恢复后缺少此表 / missing after restore"]);
  });

  it("compares applied and shipped migrations both ways", () => {
    expect(compareMigrations(["1_a", "2_b"], ["1_a", "2_b", "3_c"])).toEqual({ pending: ["3_c"], unknown: [] });
    expect(compareMigrations(["1_a", "2_b", "9_z"], ["1_a", "2_b"])).toEqual({ pending: [], unknown: ["9_z"] });
  });
});
