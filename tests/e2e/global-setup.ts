// Serves the production build for the browser tests: a fresh database (migrated and seeded
// with a small demo district), the app's HTTP server (lib/cli/http-server.ts, as `npm run serve`
// runs it) on E2E_PORT; torn down when the run ends.
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { portInUse } from "../../lib/database/free-port";
import { appServerCommand } from "../../lib/cli/run";
import { createTestDatabase } from "../support/test-database";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  if (await portInUse(port)) throw new Error(`E2E_PORT ${port} is in use; free it or set E2E_PORT.`);

  // Throwaway secrets for this run, inherited by the seed, the server and the test workers.
  process.env.MIAOPU_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
  process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
  // This run's own anchors file (none yet): one left in .data by a developer's audit:anchor names
  // another database's chain, and the auditor's 校验日志完整性 would report it.
  process.env.MIAOPU_AUDIT_ANCHOR_FILE = `${os.tmpdir()}/miaopu-e2e-anchors-${port}.jsonl`;
  const db = await createTestDatabase("miaopu_e2e");
  const seed = spawnSync(bin("tsx"), ["prisma/seed/cli.ts", "--cadres", process.env.E2E_CADRES ?? "600"], {
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding the e2e database failed:\n${seed.stdout}\n${seed.stderr}`);

  const server = spawn(...appServerCommand(), {
    // A production server on loopback without TLS: allowed only with this explicit flag
    // (lib/config/production-config.ts).
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MIAOPU_ALLOW_HTTP_LOOPBACK: "1",
      // the demo district's units through the search box a province gets (roster-unit-search.spec.ts)
      MIAOPU_UNIT_SELECT_MAX: "5",
      HOST: "127.0.0.1",
      PORT: String(port),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  process.env.E2E_DATABASE_URL = db.url;
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await db.dispose();
  };
}
