// `npm run db:migrate | db:seed | db:reset` on the configured or embedded database.
//   db:seed -- --cadres 100000   scales the demo district (for benchmarks)
// With MIAOPU_APP_ROLE set, migrate (and reset) then grant that role the application's
// privileges (lib/database/grants.ts): run it as the table owner, the app as MIAOPU_APP_ROLE.
import pg from "pg";
import { grantAppRole } from "../database/grants";
import { migrateDeploy } from "../database/migrate";
import { resolveAppDatabase } from "../database/resolve";
import { loadSecrets } from "./secrets";
import { bin, fail, runOrExit } from "./run";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!["migrate", "seed", "reset"].includes(command ?? ""))
    fail("usage: tsx lib/cli/db.ts migrate|seed|reset [seed options]");
  // Migrating needs no keys; don't create .data/secrets.json on a production server.
  if (command !== "migrate") loadSecrets();
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  try {
    if (command === "reset") {
      runOrExit(bin("prisma"), ["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], {
        DATABASE_URL: db.url,
      });
    } else {
      migrateDeploy(db.url, false);
    }
    const appRole = process.env.MIAOPU_APP_ROLE?.trim();
    if (appRole) {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await grantAppRole(client, appRole);
        console.log(`✓ 已为应用角色 ${appRole} 授权（审计日志仅 INSERT、SELECT）/ privileges granted to ${appRole}`);
      } catch (e) {
        fail(`授权失败 / granting ${appRole} failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await client.end();
      }
    }
    if (command !== "migrate") {
      // a 500,000-cadre district is built in memory first (about 5 GB of rows)
      const heap = `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=8192`.trim();
      runOrExit(bin("tsx"), ["prisma/seed/cli.ts", ...rest], { DATABASE_URL: db.url, NODE_OPTIONS: heap });
    }
  } finally {
    await db.stop();
  }
}

void main();
