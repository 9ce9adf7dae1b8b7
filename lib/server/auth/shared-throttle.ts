import "server-only";
// Failure counters shared by every app process (the sign-in throttles, the voting-code guesses):
// one row per scope, keyed hash and 10-second bucket in "ThrottleCounter". A check is one SELECT
// summing the buckets of the last 5 minutes; a failure is one INSERT … ON CONFLICT DO UPDATE that
// adds 1 atomically (two processes counting at once both count) and deletes the buckets that can
// no longer count, in the same statement. Keys are keyed hashes: no address or typed username is
// stored readable. Buckets make the window between 4 min 50 s and 5 min long, never longer.
import { Prisma } from "@/lib/generated/prisma/client";
import { throttleKeyHash } from "@/lib/server/auth/keyed-hash";
import { prisma } from "@/lib/server/db";

export const THROTTLE_WINDOW_MS = 5 * 60_000;
const BUCKET_MS = 10_000;

export interface ThrottleKey {
  scope: string;
  key: string;
}

/** Anything that runs raw SQL: the app's client by default, a transaction, or another connection. */
export type ThrottleDb = Pick<typeof prisma, "$queryRaw" | "$executeRaw">;

const bucketOf = (now: Date) => new Date(Math.floor(now.getTime() / BUCKET_MS) * BUCKET_MS);
const oldestCounted = (now: Date) => new Date(now.getTime() - THROTTLE_WINDOW_MS);

/** Failures per scope within the window, for the given keys (one statement). */
export async function failuresInWindow(
  keys: readonly ThrottleKey[],
  now: Date,
  db: ThrottleDb = prisma,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!keys.length) return out;
  const match = Prisma.join(
    keys.map((k) => Prisma.sql`("scope" = ${k.scope} AND "keyHash" = ${throttleKeyHash(k.scope, k.key)})`),
    " OR ",
  );
  const rows = await db.$queryRaw<{ scope: string; n: number }[]>`
    SELECT "scope", sum("count")::int AS n FROM "ThrottleCounter"
    WHERE "windowStart" > ${oldestCounted(now)} AND (${match}) GROUP BY "scope"`;
  for (const r of rows) out.set(r.scope, r.n);
  return out;
}

/** Counts one failure under each key (one statement, atomic across processes). */
export async function recordFailures(keys: readonly ThrottleKey[], now: Date, db: ThrottleDb = prisma): Promise<void> {
  if (!keys.length) return;
  const bucket = bucketOf(now);
  const values = Prisma.join(
    keys.map((k) => Prisma.sql`(${k.scope}, ${throttleKeyHash(k.scope, k.key)}, ${bucket}, 1)`),
  );
  await db.$executeRaw`
    WITH pruned AS (DELETE FROM "ThrottleCounter" WHERE "windowStart" <= ${new Date(oldestCounted(now).getTime() - BUCKET_MS)})
    INSERT INTO "ThrottleCounter" ("scope", "keyHash", "windowStart", "count") VALUES ${values}
    ON CONFLICT ("scope", "keyHash", "windowStart") DO UPDATE SET "count" = "ThrottleCounter"."count" + 1`;
}

/** Tests: forget the counters of some scopes. */
export async function clearThrottleScopes(scopes: readonly string[], db: ThrottleDb = prisma): Promise<void> {
  await db.$executeRaw`DELETE FROM "ThrottleCounter" WHERE "scope" = ANY(${[...scopes]})`;
}
