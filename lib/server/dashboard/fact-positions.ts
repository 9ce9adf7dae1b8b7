import "server-only";
// Which positions of the kept facts a change removes (apply-changes.ts), found without reading
// every kept object: at 500,000 cadres the 1.5 million appointments (and 100,000 posts) lie all
// over a large heap, and reading each one's post or cadre was a cache miss apiece — ≈ 45 ms per
// change for the appointments alone. Arrays sorted by a key (units, posts and entries by id,
// appointments by post id) give a touched key's positions by binary search; the positions of a
// touched cadre come from a column of cadre numbers kept beside the array and carried through
// each merge (merge-facts.ts: mergeAt's `from`) — beside the appointments, the entries and the
// promotion store's sorted list alike.
import { lowerBound } from "@/lib/dashboard/sorted-search";
import type { Merged } from "./merge-facts";

// On globalThis, like the facts they describe (Next.js may bundle this module more than once).
const g = globalThis as unknown as {
  miaopuCadreNumbers?: Map<string, number>;
  miaopuCadreColumns?: WeakMap<readonly object[], Int32Array>;
};

/** The cadre an appointment or a pool entry is about (a promotion names it as `cadreId`). */
export const ofCadre = (f: { cadre: { id: string } }) => f.cadre.id;

/** A number per cadre id, for the columns (grows with the cadres seen; a number is never reused). */
const numbers = (g.miaopuCadreNumbers ??= new Map());
const columns = (g.miaopuCadreColumns ??= new WeakMap());

function numberOf(id: string): number {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = numbers.size));
  return n;
}

/** The cadre number of each fact; built once per facts (with the whole read, or on first use), then carried. */
export function cadreColumn<T extends object>(facts: readonly T[], cadreOf: (t: T) => string): Int32Array {
  let col = columns.get(facts);
  if (!col) {
    col = new Int32Array(facts.length);
    for (let i = 0; i < facts.length; i++) col[i] = numberOf(cadreOf(facts[i]));
    columns.set(facts, col);
  }
  return col;
}

/** The kept column carried to a merge's result: kept rows' numbers copied, added rows' looked up. */
export function carryCadreColumn<T extends object>(
  kept: readonly T[],
  merged: Merged<T>,
  cadreOf: (t: T) => string,
): void {
  const before = columns.get(kept);
  if (!before || !merged.from) return;
  const from = merged.from;
  const col = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) col[i] = from[i] >= 0 ? before[from[i]] : numberOf(cadreOf(merged.items[i]));
  columns.set(merged.items, col);
}

/** Adds the positions of every fact whose key is one of `keys` (facts sorted by the key, byte order). */
export function addKeyed<T>(
  at: Set<number>,
  facts: readonly T[],
  keys: Iterable<string>,
  keyOf: (t: T) => string,
): void {
  for (const key of keys)
    for (let i = lowerBound(facts, key, keyOf); i < facts.length && keyOf(facts[i]) === key; i++) at.add(i);
}

/** Adds the positions of the facts of these cadres (read from the column). */
export function addOfCadres<T extends object>(
  at: Set<number>,
  facts: readonly T[],
  people: Iterable<string>,
  cadreOf: (t: T) => string,
): void {
  // the column first: building it numbers these facts' cadres, so a cadre still without a number has none of them
  const col = cadreColumn(facts, cadreOf);
  let wanted: Uint8Array | null = null;
  for (const id of people) {
    const n = numbers.get(id);
    if (n === undefined) continue;
    wanted ??= new Uint8Array(numbers.size);
    wanted[n] = 1;
  }
  if (!wanted) return;
  for (let i = 0; i < col.length; i++) if (wanted[col[i]] === 1) at.add(i);
}

export const ascending = (at: Set<number>): number[] => [...at].sort((a, b) => a - b);
