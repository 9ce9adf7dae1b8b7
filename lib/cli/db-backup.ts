// `npm run db:backup [-- --dir DIR]`: a pg_dump (custom format) of the configured or embedded
// database into DIR (default MIAOPU_BACKUP_DIR, else .data/backups), named by UTC time, with a
// manifest beside it: SHA-256, migration state, row counts and checksums, audit chain head.
// The backup (or its failure) is then recorded in the audit log (lib/server/backup), which is
// why the script runs with the react-server condition.
import path from "node:path";
import { createBackup } from "../database/backup/create-backup";
import { resolveAppDatabase } from "../database/resolve";
import { fail } from "./run";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const dir = option(args, "--dir") ?? process.env.MIAOPU_BACKUP_DIR ?? path.join(".data", "backups");
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  process.env.DATABASE_URL = db.url;
  const audit = await import("../server/backup/backup-audit");
  let exitCode = 0;
  try {
    const started = Date.now();
    const { file, manifest } = await createBackup({ url: db.url, dir });
    await audit.recordBackup(manifest);
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
    const mib = (manifest.sizeBytes / 1024 / 1024).toFixed(1);
    console.log(`✓ 备份完成 / backup written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`  文件 / file:      ${file} (${mib} MiB)`);
    console.log(`  清单 / manifest:  ${file}.json`);
    console.log(`  SHA-256:          ${manifest.sha256}`);
    console.log(
      `  数据 / data:      ${Object.keys(manifest.tables).length} 张表 tables, ${rows} 行 rows; PostgreSQL ${manifest.server.version}, pg_dump ${manifest.pgDump.version}`,
    );
    console.log(`  迁移 / migrations: ${manifest.migrations.length}, 最新 latest ${manifest.migrations.at(-1) ?? "—"}`);
    if (manifest.auditHead) console.log(`  审计链头 / audit head: ${manifest.auditHead.id}:${manifest.auditHead.hash}`);
    console.log("  请将备份文件与清单复制到异地；加密密钥 MIAOPU_ENCRYPTION_KEY 另行保管，不要与备份放在一起。");
  } catch (e) {
    exitCode = 1;
    const reason = e instanceof Error ? e.message : String(e);
    console.error(`\n✗ 备份失败 / backup failed: ${reason}\n`);
    await audit.recordBackupFailure(reason).catch(() => {}); // the database may be the problem
  } finally {
    await (await import("../server/db")).prisma.$disconnect().catch(() => {});
    await db.stop();
  }
  process.exit(exitCode);
}

void main();
