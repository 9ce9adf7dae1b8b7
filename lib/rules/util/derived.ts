// What a caller knows about a facts array made from an earlier one: `next` is `prev` without
// some items and with `added` merged in, every other item the same object in the same relative
// order. The compact arrays (staffing/compact-appointments.ts, pool/compact-entries.ts) and the
// per-day indexes built on them are then patched from those of `prev` instead of built whole,
// so the work after a change is proportional to what it touched. Facts stay read-only: a caller
// that cannot say this passes a new array without a note and everything is built again.
const notes = new WeakMap<readonly object[], Derivation<object>>();

export interface Derivation<T extends object> {
  prev: readonly T[];
  /** the items of `next` that are not items of `prev` */
  added: ReadonlySet<T>;
  /** when the caller knows it: each item of `next`'s position in `prev` (−1: added), ascending over the kept */
  from?: Int32Array;
}

/**
 * Records that `next` derives from `prev` (see above). Only one step is kept: `prev`'s own note
 * is dropped, so a long series of changes does not keep every earlier array alive.
 */
export function noteDerived<T extends object>(
  next: readonly T[],
  prev: readonly T[],
  added: readonly T[],
  from?: Int32Array,
): void {
  if (next === prev) return;
  notes.delete(prev);
  notes.set(next, { prev, added: new Set<object>(added), from } as Derivation<object>);
}

export function derivationOf<T extends object>(next: readonly T[]): Derivation<T> | undefined {
  return notes.get(next) as Derivation<T> | undefined;
}

/**
 * Walks `next` against its derivation: `kept(k, j)` for an item of `prev` at j now at k,
 * `fresh(k)` for an added one, `gone(j)` for an item of `prev` left out. Linear, by identity.
 */
export function walkDerived<T extends object>(
  next: readonly T[],
  d: Derivation<T>,
  on: { kept: (k: number, j: number) => void; fresh: (k: number) => void; gone: (j: number) => void },
): void {
  const prev = d.prev;
  let j = 0;
  if (d.from) {
    // the positions are known (a merge made `next`): a walk over integers only
    const from = d.from;
    for (let k = 0; k < next.length; k++) {
      const f = from[k];
      if (f < 0) on.fresh(k);
      else {
        while (j < f) on.gone(j++);
        on.kept(k, j++);
      }
    }
    while (j < prev.length) on.gone(j++);
    return;
  }
  for (let k = 0; k < next.length; k++) {
    const x = next[k];
    // the same reference (a comparison of pointers): most items. Only where they differ is an
    // item asked about — a Set lookup reads the object, and at 1.5 million appointments spread
    // over a large heap, reading every one cost more than the rest of the walk.
    if (j < prev.length && prev[j] === x) {
      on.kept(k, j++);
      continue;
    }
    if (d.added.has(x)) {
      on.fresh(k);
      continue;
    }
    while (j < prev.length && prev[j] !== x) on.gone(j++);
    if (j === prev.length) throw new Error("walkDerived: an item is neither added nor in the earlier array");
    on.kept(k, j++);
  }
  while (j < prev.length) on.gone(j++);
}

/** What a caller knows about a map made from an earlier one: only the values of `changed` keys may differ. */
export interface MapDerivation<K> {
  prev: ReadonlyMap<K, unknown>;
  changed: ReadonlySet<K>;
}

const mapNotes = new WeakMap<ReadonlyMap<unknown, unknown>, MapDerivation<unknown>>();

/** Records that `next` is `prev` with the values of `changed` keys replaced, added or removed (one step kept, as noteDerived). */
export function noteMapDerived<K>(
  next: ReadonlyMap<K, unknown>,
  prev: ReadonlyMap<K, unknown>,
  changed: Iterable<K>,
): void {
  if (next === prev) return;
  mapNotes.delete(prev);
  mapNotes.set(next, { prev, changed: new Set(changed) } as MapDerivation<unknown>);
}

export function mapDerivationOf<K>(next: ReadonlyMap<K, unknown>): MapDerivation<K> | undefined {
  return mapNotes.get(next) as MapDerivation<K> | undefined;
}
