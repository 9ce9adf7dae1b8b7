// Backups are recorded in the audit log, and the about page shows the last successful one.
import { describe, expect, it } from "vitest";
import type { BackupManifest } from "@/lib/database/backup/manifest";
import { lastBackupAt, recordBackup, recordBackupFailure } from "@/lib/server/backup/backup-audit";
import { prisma } from "@/lib/server/db";
import { systemHealth } from "@/lib/server/settings/system-health";
import { actorOf, createTestUser } from "../../support/users";

const manifest: BackupManifest = {
  format: "miaopu-backup/1",
  file: "miaopu-miaopu-20261122T023000Z.dump",
  createdAt: "2026-11-22T02:30:00.000Z",
  database: "miaopu",
  server: { version: "15.18", major: 15 },
  pgDump: { version: "15.18", major: 15 },
  sizeBytes: 1234,
  sha256: "a".repeat(64),
  migrations: ["20261122014204_init"],
  tables: { Cadre: { rows: 3, checksum: "12" }, Unit: { rows: 2, checksum: "7" } },
  auditHead: null,
};

describe("backup records", () => {
  it("a successful backup is an audit row, and the about page's last backup is its time; failures do not count", async () => {
    await recordBackup(manifest);
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: "backup.create", objectId: manifest.file } });
    expect(row).toMatchObject({ result: "SUCCESS", objectType: "Backup", userId: null });
    expect(row.diff).toMatchObject({ sha256: manifest.sha256, rows: 5, tables: 2, sizeBytes: 1234 });

    await recordBackupFailure("pg_dump 失败");
    expect(await lastBackupAt()).toEqual(row.occurredAt);

    const admin = actorOf(await createTestUser("SYS_ADMIN"));
    expect((await systemHealth(admin)).lastBackupAt).toEqual(row.occurredAt);
  });
});
