// `npm run dev`: the embedded (or configured) database, migrated and seeded, with `next dev`.
import { migrateDeploy } from "../database/migrate";
import { resolveAppDatabase } from "../database/resolve";
import { loadSecrets } from "./secrets";
import { bin, fail, onShutdown, runOrExit, spawnChild } from "./run";

async function main() {
  loadSecrets();
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  migrateDeploy(db.url);
  runOrExit(bin("tsx"), ["prisma/seed/cli.ts"], { DATABASE_URL: db.url });
  const port = process.env.PORT ?? "3000";
  const child = spawnChild(bin("next"), ["dev", "-p", port], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  onShutdown(async () => {
    child.kill("SIGTERM");
    await db.stop();
  });
}

void main();
