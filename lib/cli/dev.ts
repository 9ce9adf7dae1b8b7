// `npm run dev`: the embedded (or configured) database, migrated and seeded, with the app's HTTP
// server (lib/cli/http-server.ts) in development mode on HOST:PORT (default 127.0.0.1:3000).
import { migrateDeploy } from "../database/migrate";
import { resolveAppDatabase } from "../database/resolve";
import { loadSecrets } from "./secrets";
import { appServerCommand, bin, fail, onShutdown, runOrExit, spawnChild } from "./run";

async function main() {
  loadSecrets();
  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  migrateDeploy(db.url);
  runOrExit(bin("tsx"), ["prisma/seed/cli.ts"], { DATABASE_URL: db.url });
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST?.trim() || "127.0.0.1";
  const child = spawnChild(...appServerCommand({ dev: true }), {
    env: {
      ...process.env,
      HOST: host,
      PORT: port,
      NODE_ENV: "development",
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
