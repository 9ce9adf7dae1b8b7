// `npm run dev`: the embedded (or configured) database, migrated and seeded, with `next dev`.
import { migrateDeploy } from "../database/migrate";
import { resolveAppDatabase } from "../database/resolve";
import { bin, fail, onShutdown, runOrExit, spawnChild } from "./run";

async function main() {
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  migrateDeploy(db.url);
  runOrExit(bin("tsx"), ["prisma/seed/cli.ts"], { DATABASE_URL: db.url });
  const child = spawnChild(bin("next"), ["dev", "-p", process.env.PORT ?? "3000"], {
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  onShutdown(async () => {
    child.kill("SIGTERM");
    await db.stop();
  });
}

void main();
