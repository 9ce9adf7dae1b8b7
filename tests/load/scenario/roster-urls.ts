// Roster URLs as staff build them with the filter bar: a few filters at a time, sometimes a
// name or pinyin search, another sort or page — parsed by the same code the page uses.
import { Rng } from "../../factories/random";
import { EDUCATION_LEVELS, POLITICAL_STATUSES, RANKS, UNIT_TYPES } from "../../../lib/rules/model/enums";
import { rosterSearchParams, ROSTER_SORT_KEYS, type RosterQuery } from "../../../lib/validation/roster-query";

const SEARCHES = ["zhang", "wl", "李", "王", "chen", "liu", "zy", "杨"];

export function randomRosterUrl(rng: Rng, unitIds: readonly string[]): string {
  const q: Partial<RosterQuery> = {};
  if (rng.chance(0.35)) q.rank = [rng.pick(RANKS)];
  if (rng.chance(0.3)) {
    q.ageMin = rng.int(25, 35);
    q.ageMax = q.ageMin + rng.int(3, 12);
  }
  if (rng.chance(0.25)) q.unitType = [rng.pick(UNIT_TYPES)];
  if (rng.chance(0.2) && unitIds.length) q.unitId = rng.pick(unitIds);
  if (rng.chance(0.2)) q.political = [rng.pick(POLITICAL_STATUSES)];
  if (rng.chance(0.2)) q.eduMin = rng.pick(EDUCATION_LEVELS.slice(0, 4));
  if (rng.chance(0.15)) q.q = rng.pick(SEARCHES);
  if (rng.chance(0.1)) q.pool = "IN";
  if (rng.chance(0.1)) q.elite = "1";
  if (rng.chance(0.3)) {
    q.sort = rng.pick(ROSTER_SORT_KEYS);
    q.dir = rng.chance(0.5) ? "asc" : "desc";
  }
  if (rng.chance(0.2)) q.page = rng.int(2, 4);
  const s = rosterSearchParams(q).toString();
  return s ? `/cadres?${s}` : "/cadres";
}
