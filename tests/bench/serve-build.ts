// The production build served on a benchmark's database (built first when the sources are newer,
// served by lib/cli/http-server.ts), with the demo accounts, for the benchmarks that time pages
// as a browser gets them (bench-dashboard-http.ts, bench-reports.ts).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { buildIsCurrent } from "../../lib/cli/build-state";
import { appServerCommand } from "../../lib/cli/run";
import { freePort } from "../../lib/database/free-port";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createDemoAccounts } from "../factories/create-demo-accounts";
import { DEMO_PASSWORD } from "../factories/demo-accounts";
import { HttpUser } from "../load/client/http-user";
import { waitForHttp } from "../load/harness/app-under-test";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

export interface ServedBuild {
  baseUrl: string;
  /** a demo account signed in from its own address */
  signIn: (username: string) => Promise<HttpUser>;
  stop: () => void;
}

/**
 * On a benchmark's throwaway copy only: accounts of these roles sign in with the password, as the
 * load test's do (tests/load/harness/app-under-test.ts) — the benchmarks time pages, not
 * authenticator codes; second factors are proven by the integration and browser tests.
 */
export async function signInWithPassword(prisma: PrismaClient, roles: readonly string[]): Promise<void> {
  await prisma.$executeRawUnsafe(`UPDATE "SecuritySettings" SET "totpForReaders" = false`);
  await prisma.$executeRawUnsafe(
    `UPDATE "User" SET "totpSecretCipher" = NULL, "totpEnrolledAt" = NULL, "recoveryCodeHashes" = '{}' WHERE role::text = ANY($1)`,
    [...roles],
  );
}

export async function serveBuild(prisma: PrismaClient, databaseUrl: string): Promise<ServedBuild> {
  if (!buildIsCurrent()) {
    console.log("building the production bundle (next build) …");
    const r = spawnSync(bin("next"), ["build"], {
      stdio: "ignore",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (r.status !== 0) throw new Error("next build failed");
  }
  if (!(await prisma.user.findFirst({ where: { username: "leader" } }))) await createDemoAccounts(prisma);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(...appServerCommand(), {
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MIAOPU_ALLOW_HTTP_LOOPBACK: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      MIAOPU_TRUSTED_PROXIES: "127.0.0.1",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseUrl,
    },
  });
  const stop = () => void server.kill("SIGTERM");
  try {
    await waitForHttp(`${baseUrl}/signin`, 60_000);
  } catch (e) {
    stop();
    throw e;
  }
  let ip = 2;
  return {
    baseUrl,
    stop,
    signIn: async (username) => {
      const user = new HttpUser(baseUrl, `127.0.0.${ip++}`, username, DEMO_PASSWORD);
      const problem = await user.signIn();
      if (problem) throw new Error(`sign-in of ${username}: ${problem}`);
      return user;
    },
  };
}
