import "server-only";
// The date-window groups (退休, 试用期, 任现职: worklist-people.ts windowGroups) change only with the
// day and with cadre, unit, post, appointment or policy-profile writes. They are kept per (day,
// scope, profile) with the data counter they were read at, and read again only when the change
// log since then ("DataChangeLog", lib/server/dashboard/change-log.ts) names one of those tables or
// cannot say (pruned, a TRUNCATE, a table it does not know). So the first reader after a review, a
// nomination step or a training pays for the rest of the list only. The statements' results are
// the same as a fresh read: the counter is taken before they run, so a write landing meanwhile is
// seen as a change the next time and read again.
import { isoDay, type ResolvedProfile } from "@/lib/rules";
import type { WorkGroup } from "@/lib/worklist/model";
import { changesSince } from "@/lib/server/dashboard/change-log";
import type { WorkScope } from "./worklist-scope";

interface Kept {
  counter: number;
  groups: Promise<WorkGroup[]>;
}
const MAX_ENTRIES = 64;
const g = globalThis as unknown as { miaopuWorkWindows?: Map<string, Kept>; miaopuWorkWindowReads?: number };
const kept = (g.miaopuWorkWindows ??= new Map());

/** The counter the kept groups are good at after the changes since `since`, or null when one touched them. */
async function untouchedSince(since: number): Promise<number | null> {
  const ch = await changesSince(since);
  const touched = ch.whole || ch.people.size + ch.units.size + ch.posts.size + ch.appointed.size > 0;
  return touched ? null : ch.counter;
}

/** The groups `read` returns, kept for (asOf, scope, profile) while no change touches them; `stamp` is the data stamp now. */
export async function keptWindowGroups(
  scope: WorkScope,
  asOf: Date,
  profile: ResolvedProfile,
  stamp: string,
  read: () => Promise<WorkGroup[]>,
): Promise<WorkGroup[]> {
  const key = `${isoDay(asOf)}|${scope.unitId ?? ""}|${[...scope.exclude].sort().join(",")}|${profile.key}`;
  const counter = Number(stamp);
  const hit = kept.get(key);
  if (hit && hit.counter === counter) return hit.groups;
  if (hit) {
    const now = await untouchedSince(hit.counter);
    if (now !== null) {
      hit.counter = Math.max(hit.counter, now);
      return hit.groups;
    }
  }
  g.miaopuWorkWindowReads = (g.miaopuWorkWindowReads ?? 0) + 1;
  const groups = read();
  kept.set(key, { counter, groups });
  groups.catch(() => kept.delete(key));
  while (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value as string);
  return groups;
}

/** How many times the windows were read rather than kept (tests). */
export const windowReads = () => g.miaopuWorkWindowReads ?? 0;

/** Forgets the kept windows (tests). */
export function clearWorkWindows(): void {
  kept.clear();
}
