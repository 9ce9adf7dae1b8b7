import "server-only";
// The consistency check behind `npm run db:check`: every cadre (archived ones included: their
// record is still shown) whose stored 现任职务, unit or 职务层次 disagrees with what the
// appointment history gives on asOf. Reads in pages of ids so a district of 100,000 cadres
// does not load at once.
import { prisma } from "@/lib/server/db";
import { driftOf, readWithHistory, type CurrentPostChange } from "./sync-current-post";

const PAGE = 2000;

export async function findCurrentPostDrift(asOf: Date): Promise<CurrentPostChange[]> {
  const out: CurrentPostChange[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await readWithHistory(prisma, after ? { id: { gt: after } } : {}, PAGE);
    out.push(...driftOf(rows, asOf));
    if (rows.length < PAGE) return out;
    after = rows[rows.length - 1].id;
  }
}
