import "server-only";
// The consistency check behind `npm run db:check`: every cadre (archived ones included: their
// record is still shown) whose stored 现任职务, unit or 职务层次 disagrees with what the
// appointment history gives on asOf. Reads in pages of ids so a district of 100,000 cadres
// does not load at once.
import { auditDiff, writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { driftOf, readWithHistory, syncCurrentPosts, type CurrentPostChange } from "./sync-current-post";

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

const FIX_BATCH = 200;

/**
 * `npm run db:check -- --fix`: brings every drifting cadre in step with its history on asOf,
 * in batches, each change audited without an acting user (a scheduled job). This is what makes
 * a 任职 entered ahead of its start date take effect on the day: run it daily (docs/operations.md).
 * Returns the changes made.
 */
export async function fixCurrentPostDrift(asOf: Date, by = "npm run db:check -- --fix"): Promise<CurrentPostChange[]> {
  const ids = (await findCurrentPostDrift(asOf)).map((c) => c.cadreId);
  const done: CurrentPostChange[] = [];
  for (let i = 0; i < ids.length; i += FIX_BATCH) {
    const changes = await prisma.$transaction(async (tx) => {
      const made = await syncCurrentPosts(tx, ids.slice(i, i + FIX_BATCH), asOf);
      for (const c of made)
        await writeAudit(tx, {
          actor: null,
          ip: null,
          action: "cadre.update",
          objectType: "Cadre",
          objectId: c.cadreId,
          result: "SUCCESS",
          diff: { ...auditDiff({ ...c.before }, { ...c.change }), source: "appointments", by },
        });
      return made;
    });
    done.push(...changes);
  }
  return done;
}
