import "server-only";
// Backups and restores are security events (等保 2.0: 数据备份与恢复): each is recorded in the
// audit log of the database concerned, which also lets the about page show the last backup.
// Called by the command-line tools (actor null, the host as the address).
import os from "node:os";
import type { BackupManifest } from "@/lib/database/backup/manifest";
import { writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";

const host = () => `cli:${os.hostname()}`.slice(0, 64);

function summary(m: BackupManifest) {
  const rows = Object.values(m.tables).reduce((n, t) => n + t.rows, 0);
  return {
    file: m.file,
    sha256: m.sha256,
    sizeBytes: m.sizeBytes,
    tables: Object.keys(m.tables).length,
    rows,
    takenAt: m.createdAt,
  };
}

export async function recordBackup(manifest: BackupManifest): Promise<void> {
  await writeAuditStandalone({
    actor: null,
    ip: host(),
    action: "backup.create",
    objectType: "Backup",
    objectId: manifest.file,
    result: "SUCCESS",
    diff: summary(manifest),
  });
}

export async function recordBackupFailure(reason: string): Promise<void> {
  await writeAuditStandalone({
    actor: null,
    ip: host(),
    action: "backup.create",
    objectType: "Backup",
    objectId: null,
    result: "FAILURE",
    diff: { reason: reason.slice(0, 500) },
  });
}

/** Written into the restored database, after it verified: where its data came from. */
export async function recordRestore(manifest: BackupManifest): Promise<void> {
  await writeAuditStandalone({
    actor: null,
    ip: host(),
    action: "backup.restore",
    objectType: "Backup",
    objectId: manifest.file,
    result: "SUCCESS",
    diff: summary(manifest),
  });
}

/** When the last successful backup of this database was taken (null if none was recorded). */
export async function lastBackupAt(): Promise<Date | null> {
  const row = await prisma.auditLog.findFirst({
    where: { action: "backup.create", result: "SUCCESS" },
    orderBy: { id: "desc" },
    select: { occurredAt: true },
  });
  return row?.occurredAt ?? null;
}
