// The pool entries a pool or training report counts: active on the date (entered on or before
// it, not yet closed — the rules' reading) and, for a unit type, of cadres whose current unit is
// of that type.
import { POOL_TIERS, type PoolEntryFact, type PoolTier } from "@/lib/rules";
import type { ReportInput } from "./input";

export function inScope(input: ReportInput, e: PoolEntryFact): boolean {
  return !input.unitType || input.people.get(e.cadre.id)?.unitType === input.unitType;
}

export function activeEntries(input: ReportInput): PoolEntryFact[] {
  const t = input.asOf.getTime();
  return input.entries.filter(
    (e) => e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t) && inScope(input, e),
  );
}

/** Tiers in the pool's order that have members (or, for the district, a size target). */
export function tiersOf(entries: readonly PoolEntryFact[], extra: ReadonlySet<string> = new Set()): PoolTier[] {
  const present = new Set<string>(entries.map((e) => e.tier));
  return POOL_TIERS.filter((t) => present.has(t) || extra.has(t));
}
