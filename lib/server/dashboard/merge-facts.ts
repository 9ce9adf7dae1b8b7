import "server-only";
// Merging what a change re-read into the kept facts (apply-changes.ts) so that what did not
// really change stays the same object and the same array: a re-read row equal to the row it
// replaces is the kept object, and an array with nothing removed or added is the kept array.
// The rules' compact arrays and per-day indexes are kept per array, and a side of the dashboard
// whose arrays are all the same is not computed again (evaluate.ts); a real change is noted as
// a derivation (lib/rules/util/derived.ts), so the compact arrays are patched, not rebuilt.
import { isDeepStrictEqual } from "node:util";
import { noteDerived } from "@/lib/rules";

/** `kept` without the removed items, merged with `added` (both in `order`). */
export function mergeSorted<T>(
  kept: readonly T[],
  removed: (x: T) => boolean,
  added: readonly T[],
  order: (a: T, b: T) => number,
): T[] {
  const out: T[] = [];
  let j = 0;
  for (const x of kept) {
    if (removed(x)) continue;
    while (j < added.length && order(added[j], x) <= 0) out.push(added[j++]);
    out.push(x);
  }
  while (j < added.length) out.push(added[j++]);
  return out;
}

/**
 * mergeSorted that keeps identities: each added item equal (deeply: a re-read row) to a removed
 * one in the same place of the order is that removed object; when every removed item comes back
 * so, the result is `kept` itself. Otherwise the result is noted as derived from `kept`, with
 * the items it really adds.
 */
export function mergeFacts<T extends object>(
  kept: readonly T[],
  removed: (x: T) => boolean,
  added: readonly T[],
  order: (a: T, b: T) => number,
): readonly T[] {
  const gone = kept.filter(removed);
  if (gone.length === 0 && added.length === 0) return kept;
  gone.sort(order);
  const returning = new Set<T>();
  const fresh: T[] = [];
  let g = 0;
  for (const a of [...added].sort(order)) {
    while (g < gone.length && order(gone[g], a) < 0) g++;
    if (g < gone.length && order(gone[g], a) === 0 && isDeepStrictEqual(gone[g], a)) returning.add(gone[g++]);
    else fresh.push(a);
  }
  if (fresh.length === 0 && returning.size === gone.length) return kept;
  // the kept objects that come back stay where they are in `kept`; only the fresh ones are merged in
  const out = mergeSorted(kept, (x) => removed(x) && !returning.has(x), fresh, order);
  noteDerived(out, kept, fresh);
  return out;
}
