// The production database role (lib/database/grants.ts): it reads and writes data, appends to
// the audit log through the real writer, and is refused UPDATE/DELETE/TRUNCATE on the audit
// log, DDL and the migration history — by privileges, before the append-only trigger.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantAppRole } from "@/lib/database/grants";
import { writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { switchDatabase } from "../../support/switch-database";
import { workerDatabaseUrl } from "../../support/test-database";

const role = `miaopu_app_${randomBytes(3).toString("hex")}`;
const password = randomBytes(12).toString("hex");
let owner: pg.Client;
let app: pg.Client;

function asRole(url: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = password;
  return u.toString();
}

/** null when the statement ran, else "<SQLSTATE> <message>". */
async function sqlState(sql: string): Promise<string | null> {
  return app.query(sql).then(
    () => null,
    (e: { code?: string; message?: string }) => `${e.code} ${e.message}`,
  );
}
// The append-only trigger also raises 42501; privileges are checked first and say so.
const DENIED = /^42501 permission denied for (table|schema)/;

beforeAll(async () => {
  owner = new pg.Client({ connectionString: workerDatabaseUrl() });
  await owner.connect();
  await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  await grantAppRole(owner, role);
  app = new pg.Client({ connectionString: asRole(workerDatabaseUrl()) });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await switchDatabase(workerDatabaseUrl());
  await owner.query(`DROP OWNED BY ${role}`);
  await owner.query(`DROP ROLE ${role}`);
  await owner.end();
});

describe("the application's database role", () => {
  it("appends audit rows through writeAudit and reads and writes ordinary tables", async () => {
    await switchDatabase(asRole(workerDatabaseUrl()));
    const written = await writeAuditStandalone({
      actor: null,
      ip: null,
      action: "export.roster",
      objectType: null,
      objectId: null,
      result: "SUCCESS",
    });
    expect(written.id).toBeGreaterThan(BigInt(0));
    const unit = await prisma.unit.create({ data: { code: `G${role}`, name: "授权测试单位", type: "STREET" } });
    await prisma.unit.update({ where: { id: unit.id }, data: { name: "授权测试单位（改）" } });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("授权测试单位（改）");
  });

  it("may not update, delete or truncate the audit log (permission denied, 42501)", async () => {
    expect(await sqlState(`update "AuditLog" set ip = 'x' where id = 1`)).toMatch(DENIED);
    expect(await sqlState(`delete from "AuditLog" where id = 1`)).toMatch(DENIED);
    expect(await sqlState(`truncate "AuditLog"`)).toMatch(DENIED);
    expect(await sqlState(`select count(*) from "AuditLog"`)).toBeNull();
  });

  it("may not change the schema or the migration history", async () => {
    expect(await sqlState(`create table app_made (id int)`)).toMatch(DENIED);
    expect(await sqlState(`alter table "Unit" add column x int`)).toMatch(/^42501 must be owner of table Unit/);
    expect(await sqlState(`delete from "_prisma_migrations"`)).toMatch(DENIED);
    expect(await sqlState(`select count(*) from "_prisma_migrations"`)).toBeNull();
  });

  it("refuses an unknown or malformed role name with a message", async () => {
    await expect(grantAppRole(owner, "no_such_role_x")).rejects.toThrow(/no_such_role_x 不存在/);
    await expect(grantAppRole(owner, 'x"; drop table "Unit"; --')).rejects.toThrow(/角色名不合法/);
  });
});
