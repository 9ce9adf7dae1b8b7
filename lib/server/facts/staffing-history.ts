import "server-only";
// Staffing facts for the dashboard that hold for every reference date. The staffing targets on
// any day read only:
//   · the posts some target looks at (leadership posts, and every school post) and who held
//     them — on that day, and the 科级 leadership appointments ended since the KJ rule's start
//     (D20-ST-KJ-LARGE's vacancy date);
//   · the promotions (a post of a higher rank than the cadre's previous one) in the periods
//     the promotion targets (three-year windows, this and last year) and the dashboard's
//     three-year chart look at.
// So the history of the relevant posts (≈26,000 of 270,000 appointments at 100,000 cadres) is
// read once per data change and every day is filtered from it in memory (facts-on.ts); the
// promotions are read per window (loadPromotions; the dashboard keeps the windows it read,
// district-facts.ts). Rules that read the whole history (ZZ15-ST-EDU's education of every post
// holder, ZZ15-ROT-* rotation chains) fall back to loadStaffingFacts.
import {
  addYears,
  day,
  isoDay,
  ruleOn,
  type PostFact,
  type PromotionFact,
  type Rank,
  type ResolvedProfile,
  type RuleId,
  type StaffCadreFact,
  type StaffingAppointmentFact,
  type UnitFact,
  type UnitType,
} from "@/lib/rules";
import { dayDate as dayOf, dayNumber, readRows } from "@/lib/server/db-read";
import type { StaffingFacts } from "./staffing-facts";

const FULL_HISTORY_RULES: readonly RuleId[] = [
  "ZZ15-ST-EDU",
  "ZZ15-ROT-POST",
  "ZZ15-ROT-KEY",
  "ZZ15-ROT-LEADER",
  "ZZ15-ROT-PAIR",
];
/** Years of promotions the dashboard charts, counting asOf's year. */
export const PROMOTION_YEARS = 3;

type Gender = StaffCadreFact["gender"];
type ApptRow = [
  id: string,
  postId: string,
  cadreId: string,
  startDate: number,
  endDate: number | null,
  birthDate: number,
  gender: Gender,
];
type PromoRow = [
  id: string,
  cadreId: string,
  startDate: number,
  rank: Rank,
  unitId: string,
  unitType: UnitType,
  isPrincipal: boolean,
  isPartyGovDept: boolean,
  birthDate: number,
  gender: Gender,
];

/** Posts some staffing target reads (as lib/rules' staffing index): leadership posts, and every school post. */
export const RELEVANT = `p."archivedAt" is null and u."archivedAt" is null and (p."isLeadership" or u.type = 'SCHOOL')`;
/**
 * The appointment's cadre, unless archived (loadStaffingFacts leaves archived cadres out): one
 * index-only probe of Cadre_live_facts_idx per row ("offset 0" keeps the planner from hashing
 * all 100,000 cadre rows instead).
 */
export const CADRE = `cross join lateral (select ${dayNumber(`c."birthDate"`)}, c.gender::text from "Cadre" c where c.id = a."cadreId" and c."archivedAt" is null offset 0) c`;

/** Staffing facts without promotions: those are read per window (loadPromotions). */
export type StaffingHistory = Omit<StaffingFacts, "promotions">;

/** The earliest day any promotion the targets or the chart count on asOf can fall on. */
export function promotionsSince(profile: ResolvedProfile, asOf: Date): Date {
  const s = profile.params.d20.staffing;
  const candidates = [day(asOf.getUTCFullYear() - (PROMOTION_YEARS - 1), 1, 1), addYears(asOf, -s.windowYears)];
  if (s.windowStartYear != null) candidates.push(day(s.windowStartYear, 1, 1));
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}

/** Whether the profile needs the full history (loadStaffingFacts) instead of the relevant posts'. */
export function needsFullHistory(profile: ResolvedProfile): boolean {
  return FULL_HISTORY_RULES.some((id) => ruleOn(profile, id));
}

/** Only these units (with their posts), posts and cadres' appointments: what a change touched (staffing-delta.ts). */
export interface StaffingFilter {
  units: string[];
  posts: string[];
  cadres: string[];
}

/** The statements of loadStaffingHistory, whole or for what a change touched. Ordered by id in byte order ("C"), as JavaScript compares strings, so a re-read part merges into the whole. */
function staffingSql(f?: StaffingFilter) {
  const postWhere = f ? `and (p."unitId" = any($1) or p.id = any($2))` : "";
  const byPost = `select a.id, a."postId", a."cadreId", a."startDate", a."endDate"
       from "Post" p join "Unit" u on u.id = p."unitId"
       cross join lateral (select a.id, a."postId", a."cadreId", a."startDate", a."endDate" from "Appointment" a where a."postId" = p.id offset 0) a
       where ${RELEVANT} ${postWhere}`;
  // a changed cadre's appointments to relevant posts, found through the cadre's index
  const byCadre = `select a.id, a."postId", a."cadreId", a."startDate", a."endDate"
       from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
       where ${RELEVANT} and a."cadreId" = any($3)`;
  return {
    units: `select id, name, type::text, "sectionLeaderPostCount", "isPartyGovDept" from "Unit" where "archivedAt" is null ${f ? "and id = any($1)" : ""} order by id collate "C"`,
    posts: `select p.id, p."unitId", p.title, p."isPrincipal", p."isPartyGovHead", p.rank::text, p."isKeyPost", p."isLeadership"
       from "Post" p join "Unit" u on u.id = p."unitId" where ${RELEVANT} ${postWhere} order by p.id collate "C"`,
    appointments: `select a.id, a."postId", a."cadreId", ${dayNumber(`a."startDate"`)}, ${dayNumber(`a."endDate"`)}, c.*
       from (${f ? `${byPost} union ${byCadre}` : byPost}) a
       ${CADRE}
       order by a."postId" collate "C", a."startDate", a.id collate "C"`,
  };
}

/**
 * Units, the relevant posts and every appointment to them, past and present (plain pg in array
 * row mode, lib/server/db-read.ts; each row carries its cadre's birth date and gender). Each
 * post's appointments come from the covering index of migration
 * 20261202100000_dashboard_covering_indexes; most appointments are to staff posts, which this
 * never reads. With a filter: only the units, posts and cadres a change touched.
 */
export async function loadStaffingHistory(f?: StaffingFilter): Promise<StaffingHistory> {
  const sql = staffingSql(f);
  const [unitRows, postRows, apptRows] = await Promise.all([
    readRows<[string, string, UnitType, number, boolean]>(sql.units, f ? [f.units] : []),
    readRows<[string, string, string, boolean, boolean, Rank, boolean, boolean]>(
      sql.posts,
      f ? [f.units, f.posts] : [],
    ),
    readRows<ApptRow>(sql.appointments, f ? [f.units, f.posts, f.cadres] : []),
  ]);
  // one fact object per cadre, however many rows name them
  const people = new Map<string, StaffCadreFact>();
  const appointments: StaffingAppointmentFact[] = apptRows.map(([id, postId, cadreId, start, end, birth, gender]) => {
    let cadre = people.get(cadreId);
    if (!cadre) people.set(cadreId, (cadre = { id: cadreId, birthDate: dayOf(birth), gender }));
    return { id, postId, cadre, startDate: dayOf(start), endDate: end == null ? null : dayOf(end) };
  });
  const units: UnitFact[] = unitRows.map(([id, name, type, sectionLeaderPostCount, isPartyGovDept]) => ({
    id,
    name,
    type,
    sectionLeaderPostCount,
    isPartyGovDept,
  }));
  const posts: PostFact[] = postRows.map(
    ([id, unitId, title, isPrincipal, isPartyGovHead, rank, isKeyPost, isLeadership]) => ({
      id,
      unitId,
      title,
      isPrincipal,
      isPartyGovHead,
      rank,
      isKeyPost,
      isLeadership,
    }),
  );
  return { units, posts, appointments };
}

/**
 * The promotions whose start date lies in [since, until]: an appointment whose post outranks the
 * cadre's previous appointment (as loadStaffingFacts derives them). Only a non-staff post can be
 * one; each candidate looks up its predecessor through the (cadreId, startDate, id) covering
 * index. Ordered by date, then id. With `cadres`: only theirs (what a change touched).
 */
export async function loadPromotions(since: Date, until: Date, cadres?: string[]): Promise<PromotionFact[]> {
  const rows = await readRows<PromoRow>(
    `with cand as materialized (
       select a.id, a."cadreId", a."startDate", p.rank, p."unitId", u.type::text as "unitType", p."isPrincipal",
         (u."isPartyGovDept" or u.type = 'PARTY_GOV_DEPT') as "isPartyGovDept"
       from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
       where p.rank <> 'STAFF' and p."archivedAt" is null and u."archivedAt" is null and a."startDate" >= $1::date and a."startDate" <= $2::date${cadres ? ` and a."cadreId" = any($3)` : ""})
     select a.id, a."cadreId", ${dayNumber(`a."startDate"`)}, a.rank::text, a."unitId", a."unitType", a."isPrincipal", a."isPartyGovDept", c.*
     from cand as a cross join lateral (
       select p2.rank from "Appointment" a2 join "Post" p2 on p2.id = a2."postId" join "Unit" u2 on u2.id = p2."unitId"
       where a2."cadreId" = a."cadreId" and p2."archivedAt" is null and u2."archivedAt" is null
         and (a2."startDate", a2.id) < (a."startDate", a.id)
       order by a2."startDate" desc, a2.id desc limit 1) prev
     ${CADRE}
     where a.rank < prev.rank
     order by a."startDate", a.id`,
    cadres ? [isoDay(since), isoDay(until), cadres] : [isoDay(since), isoDay(until)],
  );
  return rows.map(([id, cadreId, start, toRank, unitId, unitType, isPrincipal, isPartyGovDept, birth]) => ({
    id,
    cadreId,
    birthDate: dayOf(birth),
    promotedOn: dayOf(start),
    toRank,
    unitId,
    unitType,
    isPrincipal,
    isPartyGovDept,
  }));
}
