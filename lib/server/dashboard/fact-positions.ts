import "server-only";
// Which positions of the kept facts a change removes (apply-changes.ts), found without reading
// every kept object: at 500,000 cadres the 1.5 million appointments (and 100,000 posts) lie all
// over a large heap, and reading each one's post or cadre was a cache miss apiece — ≈ 45 ms per
// change for the appointments alone. Arrays sorted by a key (units, posts and entries by id,
// appointments by post id) give a touched key's positions by binary search; the positions of a
// touched cadre come from a column of cadre numbers kept beside the array and carried through
// each merge (merge-facts.ts: mergeAt's `from`).
import { lowerBound } from "@/lib/dashboard/sorted-search";
import type { Merged } from "./merge-facts";

// On globalThis, like the facts they describe (Next.js may bundle this module more than once).
const g = globalThis as unknown as {
  miaopuCadreNumbers?: Map<string, number>;
  miaopuCadreColumns?: WeakMap<readonly OfCadre[], Int32Array>;
};

/** A fact about one cadre (an appointment, a pool entry). */
type OfCadre = { cadre: { id: string } };
/** A number per cadre id, for the columns (grows with the cadres seen; a number is never reused). */
const numbers = (g.miaopuCadreNumbers ??= new Map());
const columns = (g.miaopuCadreColumns ??= new WeakMap());

function numberOf(id: string): number {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = numbers.size));
  return n;
}

/** The cadre number of each fact; built once per facts (with the whole read), then carried. */
export function cadreColumn(facts: readonly OfCadre[]): Int32Array {
  let col = columns.get(facts);
  if (!col) {
    col = new Int32Array(facts.length);
    for (let i = 0; i < facts.length; i++) col[i] = numberOf(facts[i].cadre.id);
    columns.set(facts, col);
  }
  return col;
}

/** The kept column carried to a merge's result: kept rows' numbers copied, added rows' looked up. */
export function carryCadreColumn<T extends OfCadre>(kept: readonly T[], merged: Merged<T>): void {
  const before = columns.get(kept);
  if (!before || !merged.from) return;
  const from = merged.from;
  const col = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) col[i] = from[i] >= 0 ? before[from[i]] : numberOf(merged.items[i].cadre.id);
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

/** The cadre number of an id (numbers are per process and never reused). */
export const cadreNumber = numberOf;

/** A flag per cadre number, set for these cadres (null: none of them has a number yet, so no fact is theirs). */
export function wantedCadres(people: Iterable<string>): Uint8Array | null {
  let wanted: Uint8Array | null = null;
  for (const id of people) {
    const n = numbers.get(id);
    if (n === undefined) continue;
    wanted ??= new Uint8Array(numbers.size);
    wanted[n] = 1;
  }
  return wanted;
}

/** Adds the positions of the facts of these cadres (read from the column). */
export function addOfCadres(at: Set<number>, facts: readonly OfCadre[], people: ReadonlySet<string>): void {
  if (people.size === 0) return;
  const wanted = wantedCadres(people);
  if (!wanted) return;
  const col = cadreColumn(facts);
  for (let i = 0; i < col.length; i++) if (wanted[col[i]] === 1) at.add(i);
}

export const ascending = (at: Set<number>): number[] => [...at].sort((a, b) => a - b);
