// The HTTP half of `npm run bench:dashboard`: the page as a leader's browser gets it from the
// production build (built first when the sources are newer, served by lib/cli/http-server.ts)
// on the benchmark's database — including what the in-process timings cannot show: rendering the page, and the
// Next.js server's own runtime (its Date wrapper slowed the rules 2× before the facts' dates
// were made as plain Dates, lib/dashboard/fact-date.ts).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { serveBuild, signInWithPassword } from "./serve-build";

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
  dayRuns = runs,
): Promise<HttpTimings> {
  // the leader signs in with the password on this throwaway copy (serve-build.ts)
  await signInWithPassword(prisma, ["LEADER"]);
  const app = await serveBuild(prisma, databaseUrl);
  try {
    const leader = await app.signIn("leader");
    // the facts are read 1 s after the start (instrumentation.ts); give it time to finish
    await new Promise((r) => setTimeout(r, 12_000));
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
    for (let i = 1; i <= warmup + dayRuns; i++) {
      const ms = await page(new Date(asOf.getTime() - i * 5 * 86_400_000));
      if (i > warmup) otherDays.push(ms);
    }
    return { first, served, otherDays };
  } finally {
    app.stop();
  }
}
