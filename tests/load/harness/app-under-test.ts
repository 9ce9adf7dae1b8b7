// The system under load or fault: a private PostgreSQL server (tests/support/pg-cluster.ts —
// Debian's when installed, the reference production server), a database migrated by its owner
// and seeded with the demo district, an application role with the production grants
// (lib/database/grants.ts), and the production build served by the app's server on loopback —
// which the fault tests kill with SIGKILL and start again, as systemd would.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { buildIsCurrent } from "../../../lib/cli/build-state";
import { appServerCommand } from "../../../lib/cli/run";
import { createDatabase } from "../../../lib/database/admin";
import { freePort } from "../../../lib/database/free-port";
import { grantAppRole } from "../../../lib/database/grants";
import { migrateDeploy } from "../../../lib/database/migrate";
import { startPgCluster, startReplica, type PgCluster } from "../../support/pg-cluster";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

export interface AppUnderTestOptions {
  cadres: number;
  port?: number;
  /** app processes (each the app's server, lib/cli/http-server.ts, on its own port), as behind nginx on a multi-core server */
  processes?: number;
  /** a streaming replica (pg_basebackup) for the dashboards, reports and exports (DATABASE_REPLICA_URL) */
  replica?: boolean;
  log?: (line: string) => void;
}

export interface AppUnderTest {
  /** the first process */
  baseUrl: string;
  ports: number[];
  cluster: PgCluster;
  replica: PgCluster | null;
  ownerUrl: string;
  appUrl: string;
  /** The app's MIAOPU_ENCRYPTION_KEY (the audit chain's HMAC key derives from it). */
  encryptionKey: string;
  /** Starts the app's server (every process) and resolves when they answer (or rejects after timeoutMs). */
  startServer: (timeoutMs?: number) => Promise<void>;
  /** Kills the server processes (SIGKILL by default) and waits for them to exit. */
  killServer: (signal?: NodeJS.Signals) => Promise<void>;
  serverOutput: () => string;
  dispose: () => Promise<void>;
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const up = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
}

export async function startAppUnderTest(opts: AppUnderTestOptions): Promise<AppUnderTest> {
  const log = opts.log ?? ((l: string) => console.log(l));
  if (!buildIsCurrent()) {
    log("▶ building the production bundle (next build)…");
    run(bin("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  }
  const cluster = await startPgCluster();
  log(`▶ PostgreSQL ${cluster.major} (${cluster.binDir}) on 127.0.0.1:${cluster.port}`);
  const ownerUrl = await createDatabase(cluster.url(), "miaopu");
  migrateDeploy(ownerUrl);
  const secrets = {
    MIAOPU_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  };
  log(`▶ seeding the demo district (${opts.cadres} cadres)…`);
  run(bin("tsx"), ["prisma/seed/cli.ts", "--cadres", String(opts.cadres)], {
    ...process.env,
    ...secrets,
    DATABASE_URL: ownerUrl,
  });

  // The app connects as a role that does not own the tables, as in production.
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query("CREATE ROLE miaopu_app LOGIN");
  await grantAppRole(owner, "miaopu_app");
  // Dozens of virtual users share each demo reader account, and a TOTP code is accepted once per
  // 30-second step, so they could not all sign in. The load and fault tests measure the app, not
  // authenticator codes: readers sign in with the password here (the policy switch and the
  // demo readers' secrets are turned off in this private database only). Second factors are
  // proven by the integration and browser tests.
  await owner.query(`UPDATE "SecuritySettings" SET "totpForReaders" = false`);
  await owner.query(
    `UPDATE "User" SET "totpSecretCipher" = NULL, "totpEnrolledAt" = NULL, "recoveryCodeHashes" = '{}'
      WHERE role IN ('ORG_STAFF', 'UNIT', 'LEADER')`,
  );
  await owner.end();
  const appUrl = cluster.url("miaopu").replace(/\/\/[^@]+@/, "//miaopu_app@");
  const replica = opts.replica ? await startReplica(cluster) : null;
  if (replica) log(`▶ streaming replica (pg_basebackup) on 127.0.0.1:${replica.port}`);
  const replicaEnv = replica
    ? { DATABASE_REPLICA_URL: replica.url("miaopu").replace(/\/\/[^@]+@/, "//miaopu_app@") }
    : {};

  const ports = [opts.port ?? (await freePort())];
  while (ports.length < (opts.processes ?? 1)) ports.push(await freePort());
  const baseUrl = `http://127.0.0.1:${ports[0]}`;
  let servers: ChildProcess[] = [];
  let output = "";

  const startOne = async (port: number, timeoutMs: number) => {
    const server = spawn(...appServerCommand(), {
      env: {
        ...process.env,
        ...secrets,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: appUrl,
        ...replicaEnv,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        MIAOPU_ALLOW_HTTP_LOOPBACK: "1",
        HOST: "127.0.0.1",
        PORT: String(port),
        // nginx (the fault tests) and the load clients, which give each simulated user its own
        // address in X-Forwarded-For, all connect from loopback
        MIAOPU_TRUSTED_PROXIES: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    servers.push(server);
    await waitForHttp(`http://127.0.0.1:${port}/signin`, timeoutMs);
  };

  const startServer = async (timeoutMs = 60_000) => {
    await Promise.all(ports.map((p) => startOne(p, timeoutMs)));
  };

  const killServer = async (signal: NodeJS.Signals = "SIGKILL") => {
    const running = servers.filter((s) => s.exitCode === null && s.signalCode === null);
    await Promise.all(
      running.map((s) => {
        const exited = new Promise((r) => s.once("exit", r));
        s.kill(signal);
        return exited;
      }),
    );
    servers = [];
  };

  return {
    baseUrl,
    ports,
    cluster,
    replica,
    ownerUrl,
    appUrl,
    encryptionKey: secrets.MIAOPU_ENCRYPTION_KEY,
    startServer,
    killServer,
    serverOutput: () => output,
    dispose: async () => {
      await killServer("SIGTERM");
      replica?.destroy();
      cluster.destroy();
    },
  };
}
