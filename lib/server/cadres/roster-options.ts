import "server-only";
// Choices offered by the roster's filter bar, within the actor's scope.
import { ETHNICITIES } from "@/lib/labels";
import type { Actor } from "@/lib/auth/actor";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getFamiliarDomains } from "@/lib/server/settings/familiar-domains";
import { rosterUnits } from "./roster-units";

/**
 * Up to this many units the filter is a drop-down; above it (a city's or a province's thousands
 * of units would put every name into every roster page) it is a search box (searchRosterUnits).
 * MIAOPU_UNIT_SELECT_MAX changes it (the browser tests set it low to walk the search box).
 */
export function unitSelectMax(): number {
  const raw = process.env.MIAOPU_UNIT_SELECT_MAX?.trim();
  const configured = raw ? Number(raw) : NaN;
  return Number.isInteger(configured) && configured >= 0 ? configured : 300;
}

export interface RosterOptions {
  /** every unit in scope for the drop-down, or null when there are too many: search instead */
  units: { id: string; name: string }[] | null;
  /** the unit the filter holds now (shown in the search box) */
  selectedUnit: { id: string; name: string } | null;
  ethnicities: string[];
  domains: string[];
}

export async function getRosterOptions(
  actor: Actor,
  unitId?: string,
  selectMax = unitSelectMax(),
): Promise<RosterOptions> {
  const [units, active, domains] = await Promise.all([rosterUnits(actor), getActiveProfile(), getFamiliarDomains()]);
  const selected = unitId ? units.find((u) => u.id === unitId) : undefined;
  return {
    units: units.length > selectMax ? null : units.map(({ id, name }) => ({ id, name })),
    selectedUnit: selected ? { id: selected.id, name: selected.name } : null,
    ethnicities: ETHNICITIES.filter((e) => e !== "汉族"),
    // the district's list (settings) plus any domain the active profile requires
    domains: [...new Set([...active.profile.params.d20.pool.domains, ...domains])],
  };
}
