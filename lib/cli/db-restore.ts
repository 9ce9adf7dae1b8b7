// `npm run db:restore -- FILE [--force]`: restores a backup made by `npm run db:backup` into
// the configured or embedded database, which must be empty unless --force. Verifies the file's
// SHA-256 first and, afterwards, row counts and checksums, migrations and the audit chain.
// With MIAOPU_APP_ROLE set, the application role gets its privileges back (lib/database/grants.ts).
// A verified restore is recorded in the restored database's audit log (react-server condition).
import { RestoreRefusedError, restoreBackup } from "../database/backup/restore-backup";
import { compareMigrations, shippedMigrations } from "../database/migration-state";
import { resolveAppDatabase } from "../database/resolve";
import { fail } from "./run";

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) fail("用法 / usage: npm run db:restore -- <备份文件.dump> [--force]");
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  process.env.DATABASE_URL = db.url;
  let exitCode = 0;
  try {
    const started = Date.now();
    const r = await restoreBackup({
      file: files[0],
      url: db.url,
      force,
      appRole: process.env.MIAOPU_APP_ROLE?.trim() || undefined,
    });
    const audit = await import("../server/backup/backup-audit");
    await audit.recordRestore(r.manifest);
    console.log(`✓ 恢复完成并已校验 / restored and verified (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`  备份时间 / taken at: ${r.manifest.createdAt}（库 ${r.manifest.database}）`);
    console.log(
      `  ${r.tables} 张表、${r.rows} 行的行数与校验和均与清单一致 / every table's row count and checksum match the manifest`,
    );
    console.log(
      `  审计日志哈希链完整 / audit chain intact: ${r.audit.checked} 条 rows${r.audit.head ? `, head ${r.audit.head.id}:${r.audit.head.hash}` : ""}`,
    );
    const { pending, unknown } = compareMigrations(r.manifest.migrations, shippedMigrations());
    if (pending.length)
      console.log(`  ⚠ 备份早于当前程序版本，缺少 ${pending.length} 个迁移：请以所有者身份运行 npm run db:migrate`);
    if (unknown.length) console.log(`  ⚠ 备份含本程序未知的迁移（程序版本较旧）：${unknown.join(", ")}`);
  } catch (e) {
    exitCode = 1;
    const refused = e instanceof RestoreRefusedError ? "拒绝恢复 / restore refused" : "恢复失败 / restore failed";
    console.error(`\n✗ ${refused}: ${e instanceof Error ? e.message : String(e)}\n`);
  } finally {
    await (await import("../server/db")).prisma.$disconnect().catch(() => {});
    await db.stop();
  }
  process.exit(exitCode);
}

void main();
