import "server-only";
// The filter bar's unit list, kept in memory per process under the data stamp (the DataChange
// counter, lib/server/dashboard/dashboard-cache.ts): a province's 10,000 units were read again
// on every roster view, though they change only when some write commits — and every write to
// Unit moves the stamp. The actor's scope is applied to the kept list on every call, as
// listScopedUnits (lib/server/units/unit-options.ts) applies it in its query.
import type { UnitType } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { namePinyinOf } from "@/lib/format/name-pinyin";
import { assertCan } from "@/lib/server/authz/scope";
import { dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { readRows } from "@/lib/server/db-read";

export type UnitOption = { id: string; name: string; type: UnitType };

interface Kept {
  stamp: string;
  units: Promise<UnitOption[]>;
  /** lower-case name, full pinyin and initials per unit, built on the first search only */
  keys?: string[][];
}
const g = globalThis as unknown as { miaopuRosterUnits?: Kept };

function openUnits(): Promise<UnitOption[]> {
  return readRows<[string, string, UnitType]>(
    `select "id", "name", "type"::text from "Unit" where "archivedAt" is null order by "sortOrder", "name"`,
  ).then((rows) => rows.map(([id, name, type]) => ({ id, name, type })));
}

async function keptUnits(): Promise<Kept> {
  const stamp = await dataStamp();
  let kept = g.miaopuRosterUnits;
  if (kept?.stamp !== stamp) {
    kept = { stamp, units: openUnits() };
    g.miaopuRosterUnits = kept;
    kept.units.catch(() => {
      if (g.miaopuRosterUnits === kept) g.miaopuRosterUnits = undefined;
    });
  }
  await kept.units;
  return kept;
}

/** The one unit a unit account sees (none when it has no unit); null: every unit. */
const onlyUnitOf = (actor: Actor) => (actor.role === "UNIT" ? (actor.unitId ?? "__no_unit__") : null);

const inScope = (actor: Actor, units: UnitOption[]) => {
  const only = onlyUnitOf(actor);
  return only ? units.filter((u) => u.id === only) : units;
};

export async function rosterUnits(actor: Actor): Promise<UnitOption[]> {
  assertCan(actor, "unit", "read");
  return inScope(actor, await (await keptUnits()).units);
}

/**
 * Units whose name, full pinyin or pinyin initials contain `q` (青禾街道: "青禾", "qinghe",
 * "qhjd"), names that start with it first, at most `limit` — the filter bar's search where a
 * province's 10,000 units are too many for a drop-down. Scope as in rosterUnits.
 */
export async function searchRosterUnits(actor: Actor, q: string, limit = 20): Promise<UnitOption[]> {
  assertCan(actor, "unit", "read");
  const kept = await keptUnits();
  const units = await kept.units;
  kept.keys ??= units.map((u) => {
    const p = namePinyinOf(u.name);
    return [u.name.toLowerCase(), p.namePinyin, p.namePinyinInitials];
  });
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  const starts: UnitOption[] = [];
  const contains: UnitOption[] = [];
  const allowed = onlyUnitOf(actor);
  for (let i = 0; i < units.length && starts.length < limit; i++) {
    if (allowed && units[i].id !== allowed) continue;
    const keys = kept.keys[i];
    if (keys.some((k) => k.startsWith(needle))) starts.push(units[i]);
    else if (contains.length < limit && keys.some((k) => k.includes(needle))) contains.push(units[i]);
  }
  return [...starts, ...contains].slice(0, limit);
}
