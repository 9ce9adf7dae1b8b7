import "server-only";
// The filter bar's unit list, kept in memory per process under the data stamp (the DataChange
// counter, lib/server/dashboard/dashboard-cache.ts): a province's 10,000 units were read again
// on every roster view, though they change only when some write commits — and every write to
// Unit moves the stamp. The actor's scope is applied to the kept list on every call, as
// listScopedUnits (lib/server/units/unit-options.ts) applies it in its query.
import type { UnitType } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { readRows } from "@/lib/server/db-read";

export type UnitOption = { id: string; name: string; type: UnitType };

const g = globalThis as unknown as { miaopuRosterUnits?: { stamp: string; units: Promise<UnitOption[]> } };

function openUnits(): Promise<UnitOption[]> {
  return readRows<[string, string, UnitType]>(
    `select "id", "name", "type"::text from "Unit" where "archivedAt" is null order by "sortOrder", "name"`,
  ).then((rows) => rows.map(([id, name, type]) => ({ id, name, type })));
}

export async function rosterUnits(actor: Actor): Promise<UnitOption[]> {
  assertCan(actor, "unit", "read");
  const stamp = await dataStamp();
  let kept = g.miaopuRosterUnits;
  if (kept?.stamp !== stamp) {
    kept = { stamp, units: openUnits() };
    g.miaopuRosterUnits = kept;
    kept.units.catch(() => {
      if (g.miaopuRosterUnits === kept) g.miaopuRosterUnits = undefined;
    });
  }
  const units = await kept.units;
  return actor.role === "UNIT" ? units.filter((u) => u.id === (actor.unitId ?? "__no_unit__")) : units;
}
