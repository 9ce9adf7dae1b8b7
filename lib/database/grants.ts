// Privileges of the application's database role in production (docs/deployment.md): it does
// not own the tables (the owner runs migrations), may read and write the data, but may only
// INSERT and SELECT the audit log — so neither the app nor anyone holding its password can
// rewrite history, even with the append-only trigger out of the way. Re-run after every
// migration (new tables) and restore; `npm run db:migrate` does when MIAOPU_APP_ROLE is set.
import type pg from "pg";

type Queryable = Pick<pg.ClientBase, "query">;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function grantAppRole(client: Queryable, role: string): Promise<void> {
  if (!ROLE_NAME.test(role))
    throw new Error(`数据库角色名不合法 / invalid role name: ${role}（仅限小写字母、数字、下划线）`);
  const exists = await client.query("select 1 from pg_roles where rolname = $1", [role]);
  if (exists.rowCount !== 1) {
    throw new Error(
      `数据库角色 ${role} 不存在 / role ${role} does not exist: 先按 docs/deployment.md 创建（CREATE ROLE ${role} LOGIN PASSWORD '…'）。`,
    );
  }
  const r = `"${role}"`;
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // Append-only for the app: no UPDATE/DELETE/TRUNCATE on the audit log.
    `REVOKE ALL ON "AuditLog" FROM ${r}`,
    `GRANT SELECT, INSERT ON "AuditLog" TO ${r}`,
    // The migration history is the owner's; the app only reads it (npm run serve checks it).
    `REVOKE ALL ON "_prisma_migrations" FROM ${r}`,
    `GRANT SELECT ON "_prisma_migrations" TO ${r}`,
  ];
  await client.query("BEGIN");
  try {
    for (const s of statements) await client.query(s);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}
