// The HTTP half of `npm run bench:dashboard`: the page as a leader's browser gets it from the
// production build (built first when the sources are newer, served by lib/cli/http-server.ts)
// on the benchmark's database — including what the in-process timings cannot show: rendering the page, and the
// Next.js server's own runtime (its Date wrapper slowed the rules 2× before the facts' dates
// were made as plain Dates, lib/dashboard/fact-date.ts).
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

export interface HttpTimings {
  /** the first page after the server started (its facts prepared in the background meanwhile) */
  first: number;
  /** the same day again: the kept model */
  served: number[];
  /** days nobody has read: computed from the kept facts */
  otherDays: number[];
}

/** Serves the production build on `databaseUrl` and times the dashboard page as the demo leader. */
export async function timeOverHttp(
  prisma: PrismaClient,
  databaseUrl: string,
  asOf: Date,
  runs: number,
  warmup: number,
): Promise<HttpTimings> {
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
  try {
    await waitForHttp(`${baseUrl}/signin`, 60_000);
    const leader = new HttpUser(baseUrl, "127.0.0.2", "leader", DEMO_PASSWORD);
    const problem = await leader.signIn();
    if (problem) throw new Error(`sign-in: ${problem}`);
    // the facts are read 1 s after the start (instrumentation.ts); give it time to finish
    await new Promise((r) => setTimeout(r, 5_000));
    const page = async (day: Date) => {
      const t = performance.now();
      const r = await leader.page(`/dashboard?asOf=${day.toISOString().slice(0, 10)}`);
      if (r.status !== 200) throw new Error(`GET /dashboard: ${r.status}`);
      return performance.now() - t;
    };
    const first = await page(asOf);
    const served: number[] = [];
    for (let i = 0; i < runs; i++) served.push(await page(asOf));
    // a day every 5 days back, none read before; the first `warmup` let the server's JIT settle
    const otherDays: number[] = [];
    for (let i = 1; i <= warmup + runs; i++) {
      const ms = await page(new Date(asOf.getTime() - i * 5 * 86_400_000));
      if (i > warmup) otherDays.push(ms);
    }
    return { first, served, otherDays };
  } finally {
    server.kill("SIGTERM");
  }
}
