import { dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { closeReadPool } from "@/lib/server/db-read";
import { prisma } from "@/lib/server/db";

/**
 * Lets PostgreSQL's row-change counters catch up with what was written so far: a backend keeps
 * its counts for up to 10 s before reporting them, and reports them when it exits. So the
 * connections are closed (they reconnect on the next query) and the stamp read until it holds.
 */
export async function settledStamp(): Promise<string> {
  await prisma.$disconnect();
  await closeReadPool();
  let last = await dataStamp();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await dataStamp();
    if (now === last) return now;
    last = now;
  }
  return last;
}
