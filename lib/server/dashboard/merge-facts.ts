import "server-only";
// Merging what a change re-read into the kept facts (apply-changes.ts) so that what did not
// really change stays the same object and the same array: a re-read row equal to the row it
// replaces is the kept object, and an array with nothing removed or added is the kept array.
// The rules' compact arrays and per-day indexes are kept per array, and a side of the dashboard
// whose arrays are all the same is not computed again (evaluate.ts); a real change is noted as
// a derivation (lib/rules/util/derived.ts), so the compact arrays are patched, not rebuilt.
//
// The merge works on positions: the caller says which positions leave (appointments-index.ts
// finds them without reading 1.5 million appointments) and each added row finds its place by
// binary search, so the kept rows are copied as references, never read.
import { isDeepStrictEqual } from "node:util";
import { noteDerived } from "@/lib/rules";

/** The positions of `kept` whose items `removed` accepts (reads every item: small arrays). */
export function positionsWhere<T>(kept: readonly T[], removed: (x: T) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < kept.length; i++) if (removed(kept[i])) out.push(i);
  return out;
}

/** The first position of `kept` whose item is not before `x` in `order`. */
function insertionPoint<T>(kept: readonly T[], x: T, order: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(kept[mid], x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Merged<T> {
  items: readonly T[];
  /** for each position of `items`, its position in `kept` (−1: added) — null when `items` is `kept` */
  from: Int32Array | null;
}

/**
 * `kept` without the items at `removedAt` (ascending positions), merged with `added` (all in
 * `order`; an added item goes before kept items equal to it). Each added item equal (deeply: a
 * re-read row) to a removed one in the same place of the order is that removed object; when
 * every removed item comes back so, the result is `kept` itself. Otherwise the result is noted
 * as derived from `kept`, with the items it really adds.
 */
export function mergeAt<T extends object>(
  kept: readonly T[],
  removedAt: readonly number[],
  added: readonly T[],
  order: (a: T, b: T) => number,
): Merged<T> {
  if (removedAt.length === 0 && added.length === 0) return { items: kept, from: null };
  const gone = removedAt.map((i) => kept[i]).sort(order);
  const returning = new Set<T>();
  const fresh: T[] = [];
  let g = 0;
  for (const a of [...added].sort(order)) {
    while (g < gone.length && order(gone[g], a) < 0) g++;
    if (g < gone.length && order(gone[g], a) === 0 && isDeepStrictEqual(gone[g], a)) returning.add(gone[g++]);
    else fresh.push(a);
  }
  if (fresh.length === 0 && returning.size === gone.length) return { items: kept, from: null };
  const leaving = removedAt.filter((i) => !returning.has(kept[i]));
  const places = fresh.map((x) => insertionPoint(kept, x, order));
  const n = kept.length - leaving.length + fresh.length;
  const items = new Array<T>(n);
  const from = new Int32Array(n);
  let out = 0;
  let r = 0;
  let f = 0;
  for (let i = 0; i <= kept.length; i++) {
    while (f < fresh.length && places[f] === i) {
      items[out] = fresh[f++];
      from[out++] = -1;
    }
    if (i === kept.length) break;
    if (r < leaving.length && leaving[r] === i) {
      r++;
      continue;
    }
    items[out] = kept[i];
    from[out++] = i;
  }
  noteDerived(items, kept, fresh, from);
  return { items, from };
}

/** mergeAt with the removed items found by a predicate (reads every kept item: for the smaller arrays). */
export function mergeFacts<T extends object>(
  kept: readonly T[],
  removed: (x: T) => boolean,
  added: readonly T[],
  order: (a: T, b: T) => number,
): readonly T[] {
  return mergeAt(kept, positionsWhere(kept, removed), added, order).items;
}
