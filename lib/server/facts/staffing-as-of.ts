import "server-only";
// Staffing facts for ONE reference date, for the dashboard. The full history loader
// (loadStaffingFacts) ships every appointment of the district — ≈150,000 rows at 100,000
// cadres — although the staffing targets on a day read only:
//   · who holds each leadership (or school) post on that day;
//   · per unit, its earliest 科级 leadership appointment ended since the KJ rule's start
//     (D20-ST-KJ-LARGE's vacancy date — the rules take the minimum, so that row suffices);
//   · the promotions (a post of a higher rank than the cadre's previous one) in the periods
//     the promotion targets (three-year windows, this and last year) and the dashboard's
//     three-year chart look at.
// The database selects exactly those rows. Rules that read the whole history (ZZ15-ST-EDU's
// education of every post holder, ZZ15-ROT-* rotation chains) fall back to loadStaffingFacts.
import {
  addYears, day, isoDay, ruleOn, type PostFact, type PromotionFact, type Rank, type ResolvedProfile, type RuleId,
  type StaffCadreFact, type StaffingAppointmentFact, type UnitFact, type UnitType,
} from "@/lib/rules";
import { readRows } from "@/lib/server/db-read";
import { loadStaffingFacts, type StaffingFacts } from "./staffing-facts";

const FULL_HISTORY_RULES: readonly RuleId[] = ["ZZ15-ST-EDU", "ZZ15-ROT-POST", "ZZ15-ROT-KEY", "ZZ15-ROT-LEADER", "ZZ15-ROT-PAIR"];
/** Years of promotions the dashboard charts, counting asOf's year. */
export const PROMOTION_YEARS = 3;

type Gender = StaffCadreFact["gender"];
type ApptRow = [id: string, postId: string, cadreId: string, startDate: string, endDate: string | null, birthDate: string, gender: Gender];
type PromoRow = [id: string, cadreId: string, startDate: string, rank: Rank, unitId: string, unitType: UnitType, isPrincipal: boolean, isPartyGovDept: boolean, birthDate: string, gender: Gender];

/** Posts some staffing target reads (as lib/rules' staffing index): leadership posts, and every school post. */
const RELEVANT = `p."archivedAt" is null and u."archivedAt" is null and (p."isLeadership" or u.type = 'SCHOOL')`;
/**
 * The appointment's cadre, unless archived (loadStaffingFacts leaves archived cadres out): one
 * index-only probe of Cadre_live_facts_idx per row ("offset 0" keeps the planner from hashing
 * all 100,000 cadre rows instead).
 */
const CADRE = `cross join lateral (select c."birthDate"::text, c.gender::text from "Cadre" c where c.id = a."cadreId" and c."archivedAt" is null offset 0) c`;

/** The earliest day any promotion the targets or the chart count can fall on. */
export function promotionsSince(profile: ResolvedProfile, asOf: Date): Date {
  const s = profile.params.d20.staffing;
  const candidates = [day(asOf.getUTCFullYear() - (PROMOTION_YEARS - 1), 1, 1), addYears(asOf, -s.windowYears)];
  if (s.windowStartYear != null) candidates.push(day(s.windowStartYear, 1, 1));
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}

// Plain pg in array row mode (lib/server/db-read.ts), all five in parallel, each row carrying
// its cadre's birth date and gender. Index-only scans of the covering indexes of migration
// 20261202100000_dashboard_covering_indexes do the work. Dates travel as text and are parsed
// as UTC days.
function queries(asOf: string, kjStart: string, since: string) {
  return Promise.all([
    readRows<[string, string, UnitType, number, boolean]>(
      `select id, name, type::text, "sectionLeaderPostCount", "isPartyGovDept" from "Unit" where "archivedAt" is null`),
    readRows<[string, string, string, boolean, boolean, Rank, boolean, boolean]>(
      `select p.id, p."unitId", p.title, p."isPrincipal", p."isPartyGovHead", p.rank::text, p."isKeyPost", p."isLeadership"
       from "Post" p join "Unit" u on u.id = p."unitId" where ${RELEVANT}`),
    // each relevant post's holders on the day, from the post's appointments (most open
    // appointments are to staff posts: starting from the posts skips them)
    readRows<ApptRow>(
      `select a.id, a."postId", a."cadreId", a."startDate"::text, a."endDate"::text, c.*
       from "Post" p join "Unit" u on u.id = p."unitId"
       cross join lateral (select a.id, a."postId", a."cadreId", a."startDate", a."endDate" from "Appointment" a
         where a."postId" = p.id and a."startDate" <= $1::date and coalesce(a."endDate", 'infinity') >= $1::date offset 0) a
       ${CADRE}
       where ${RELEVANT}`, [asOf]),
    // per unit, the earliest 科级 leadership appointment ended in [kjStart, asOf); archived
    // cadres (few) are left out by a hashed anti-join before the earliest is taken
    readRows<ApptRow>(
      `select a.id, a."postId", a."cadreId", a."startDate"::text, a."endDate"::text, c.*
       from (select distinct on (p."unitId") a.id, a."postId", a."cadreId", a."startDate", a."endDate"
         from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
         where p."archivedAt" is null and u."archivedAt" is null and p."isLeadership" and p.rank in ('SECTION_PRINCIPAL', 'SECTION_DEPUTY')
           and a."endDate" >= $2::date and a."endDate" < $1::date
           and a."cadreId" not in (select id from "Cadre" where "archivedAt" is not null)
         order by p."unitId", a."endDate", a.id) a
       ${CADRE}`, [asOf, kjStart]),
    // A promotion: an appointment whose post outranks the cadre's previous appointment (as
    // loadStaffingFacts derives them). Only a non-staff post can be one; each candidate looks
    // up its predecessor through the (cadreId, startDate, id) covering index.
    readRows<PromoRow>(
      `with cand as materialized (
         select a.id, a."cadreId", a."startDate", p.rank, p."unitId", u.type::text as "unitType", p."isPrincipal",
           (u."isPartyGovDept" or u.type = 'PARTY_GOV_DEPT') as "isPartyGovDept"
         from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
         where p.rank <> 'STAFF' and p."archivedAt" is null and u."archivedAt" is null and a."startDate" >= $2::date and a."startDate" <= $1::date)
       select a.id, a."cadreId", a."startDate"::text, a.rank::text, a."unitId", a."unitType", a."isPrincipal", a."isPartyGovDept", c.*
       from cand as a cross join lateral (
         select p2.rank from "Appointment" a2 join "Post" p2 on p2.id = a2."postId" join "Unit" u2 on u2.id = p2."unitId"
         where a2."cadreId" = a."cadreId" and p2."archivedAt" is null and u2."archivedAt" is null
           and (a2."startDate", a2.id) < (a."startDate", a.id)
         order by a2."startDate" desc, a2.id desc limit 1) prev
       ${CADRE}
       where a.rank < prev.rank`, [asOf, since]),
  ]);
}

export async function loadStaffingFactsAsOf(asOf: Date, profile: ResolvedProfile): Promise<StaffingFacts> {
  if (FULL_HISTORY_RULES.some((id) => ruleOn(profile, id))) return loadStaffingFacts();
  const [unitRows, postRows, holders, ended, promos] = await queries(
    isoDay(asOf), profile.params.d20.staffing.kjRuleStart, isoDay(promotionsSince(profile, asOf)),
  );
  const dayOf = dayParser();
  // one fact object per cadre, however many rows name them
  const people = new Map<string, StaffCadreFact>();
  const person = (id: string, birth: string, gender: Gender) => {
    let c = people.get(id);
    if (!c) people.set(id, (c = { id, birthDate: dayOf(birth), gender }));
    return c;
  };
  const appointments: StaffingAppointmentFact[] = [];
  for (const [id, postId, cadreId, start, end, birth, gender] of [...holders, ...ended]) {
    appointments.push({ id, postId, cadre: person(cadreId, birth, gender), startDate: dayOf(start), endDate: end ? dayOf(end) : null });
  }
  const promotions: PromotionFact[] = promos.map(([id, cadreId, start, toRank, unitId, unitType, isPrincipal, isPartyGovDept, birth, gender]) => ({
    id, cadreId, birthDate: person(cadreId, birth, gender).birthDate, promotedOn: dayOf(start), toRank, unitId, unitType, isPrincipal, isPartyGovDept,
  }));
  const units: UnitFact[] = unitRows.map(([id, name, type, sectionLeaderPostCount, isPartyGovDept]) => ({ id, name, type, sectionLeaderPostCount, isPartyGovDept }));
  const posts: PostFact[] = postRows.map(([id, unitId, title, isPrincipal, isPartyGovHead, rank, isKeyPost, isLeadership]) => ({
    id, unitId, title, isPrincipal, isPartyGovHead, rank, isKeyPost, isLeadership,
  }));
  return { units, posts, appointments, promotions };
}

/** "YYYY-MM-DD" → the UTC-midnight Date, one object per distinct day (dates repeat a lot). */
function dayParser(): (text: string) => Date {
  const seen = new Map<string, Date>();
  return (text) => {
    let d = seen.get(text);
    if (!d) {
      d = new Date(`${text}T00:00:00Z`);
      seen.set(text, d);
    }
    return d;
  };
}
