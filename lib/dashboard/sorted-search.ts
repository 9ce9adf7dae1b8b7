// Binary search over the district's fact arrays, which are kept sorted by id (units, posts,
// entries) or by post id (appointments) in byte order — the order of the whole read (`collate
// "C"`) that apply-changes.ts keeps when it merges a change in. A drill-down needs a few dozen
// items per row: searching 1.5 million appointments 20 steps at a time is cheaper than indexing
// them all into maps again after every change.

/** The index of the first item whose key is not below `key` (items.length when none). */
export function lowerBound<T>(items: readonly T[], key: string, keyOf: (t: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item whose key is `key`, if any. */
export function findSorted<T>(items: readonly T[], key: string, keyOf: (t: T) => string): T | undefined {
  const i = lowerBound(items, key, keyOf);
  return i < items.length && keyOf(items[i]) === key ? items[i] : undefined;
}

/** Every item whose key is `key` (a run of neighbours in the sorted array). */
export function allSorted<T>(items: readonly T[], key: string, keyOf: (t: T) => string): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, key, keyOf); i < items.length && keyOf(items[i]) === key; i++) out.push(items[i]);
  return out;
}

const copies = new WeakMap<readonly object[], { keyOf: unknown; items: readonly object[] }>();

/**
 * `items` as they are when the caller knows them sorted by `keyOf`, else a sorted copy kept while
 * the array lives (the full-history facts of staffing-facts.ts come in another order).
 */
export function sortedBy<T extends object>(
  items: readonly T[],
  keyOf: (t: T) => string,
  sorted: boolean,
): readonly T[] {
  if (sorted) return items;
  const kept = copies.get(items);
  if (kept?.keyOf === keyOf) return kept.items as readonly T[];
  const copy = [...items].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  copies.set(items, { keyOf, items: copy });
  return copy;
}
