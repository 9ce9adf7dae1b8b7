import "server-only";
// Which positions of the kept appointments a change removes (apply-changes.ts), found without
// reading the 1.5 million appointments of a 500,000-cadre district: those of a touched post are
// one run of the array (it is sorted by post id: a binary search), and those of a touched cadre
// are found in a column of cadre numbers kept beside the array and carried through each merge.
// Reading every appointment's post and cadre instead cost ≈ 45 ms per change — the objects lie
// all over a large heap, and each read is a cache miss.
import type { StaffingAppointmentFact } from "@/lib/rules";
import type { Merged } from "./merge-facts";

// On globalThis, like the facts they describe (Next.js may bundle this module more than once).
const g = globalThis as unknown as {
  miaopuCadreNumbers?: Map<string, number>;
  miaopuCadreColumns?: WeakMap<readonly StaffingAppointmentFact[], Int32Array>;
};
/** A number per cadre id, for the columns (grows with the cadres seen; a number is never reused). */
const numbers = (g.miaopuCadreNumbers ??= new Map());
const columns = (g.miaopuCadreColumns ??= new WeakMap());

function numberOf(id: string): number {
  let n = numbers.get(id);
  if (n === undefined) numbers.set(id, (n = numbers.size));
  return n;
}

/** The cadre number of each appointment; built once per facts (the first change after a whole read), then carried. */
export function cadreColumn(appointments: readonly StaffingAppointmentFact[]): Int32Array {
  let col = columns.get(appointments);
  if (!col) {
    col = new Int32Array(appointments.length);
    for (let i = 0; i < appointments.length; i++) col[i] = numberOf(appointments[i].cadre.id);
    columns.set(appointments, col);
  }
  return col;
}

/** The kept column carried to a merge's result: kept rows' numbers copied, added rows' looked up. */
export function carryCadreColumn(kept: readonly StaffingAppointmentFact[], merged: Merged<StaffingAppointmentFact>): void {
  const before = columns.get(kept);
  if (!before || !merged.from) return;
  const from = merged.from;
  const col = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) col[i] = from[i] >= 0 ? before[from[i]] : numberOf(merged.items[i].cadre.id);
  columns.set(merged.items, col);
}

/** Positions (ascending) of the appointments of `posts` or of `people` in `kept`, sorted by post id in byte order. */
export function removedAppointments(
  kept: readonly StaffingAppointmentFact[],
  posts: ReadonlySet<string>,
  people: ReadonlySet<string>,
): number[] {
  const at = new Set<number>();
  for (const post of posts) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid].postId < post) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < kept.length && kept[i].postId === post; i++) at.add(i);
  }
  if (people.size > 0) {
    const col = cadreColumn(kept);
    const wanted = new Uint8Array(numbers.size);
    let any = false;
    for (const id of people) {
      const n = numbers.get(id);
      if (n === undefined) continue;
      wanted[n] = 1;
      any = true;
    }
    if (any) for (let i = 0; i < col.length; i++) if (wanted[col[i]] === 1) at.add(i);
  }
  return [...at].sort((a, b) => a - b);
}
