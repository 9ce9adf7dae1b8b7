// `npm run db:migrate | db:seed | db:reset` on the configured or embedded database.
//   db:seed -- --cadres 100000   scales the demo district (for benchmarks)
import { migrateDeploy } from "../database/migrate";
import { resolveAppDatabase } from "../database/resolve";
import { loadSecrets } from "./secrets";
import { bin, fail, runOrExit } from "./run";

async function main() {
  loadSecrets();
  const [command, ...rest] = process.argv.slice(2);
  if (!["migrate", "seed", "reset"].includes(command ?? "")) fail("usage: tsx lib/cli/db.ts migrate|seed|reset [seed options]");
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  try {
    if (command === "reset") {
      runOrExit(bin("prisma"), ["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], { DATABASE_URL: db.url });
    } else {
      migrateDeploy(db.url, false);
    }
    if (command !== "migrate") {
      runOrExit(bin("tsx"), ["prisma/seed/cli.ts", ...rest], { DATABASE_URL: db.url });
    }
  } finally {
    await db.stop();
  }
}

void main();
