import "server-only";
// Staffing facts for ONE reference date, for the dashboard. The full history loader
// (loadStaffingFacts) ships every appointment of the district — ≈150,000 rows at 100,000
// cadres — although the staffing targets on a day read only:
//   · who holds each leadership (or school) post on that day;
//   · per unit, its earliest 科级 leadership appointment ended since the KJ rule's start
//     (D20-ST-KJ-LARGE's vacancy date — the rules take the minimum, so that row suffices);
//   · the promotions (a post of a higher rank than the cadre's previous one) in the periods
//     the promotion targets and the dashboard's five-year chart look at.
// The database selects exactly those rows. Rules that read the whole history (ZZ15-ST-EDU's
// education of every post holder, ZZ15-ROT-* rotation chains) fall back to loadStaffingFacts.
import { Prisma } from "@/lib/generated/prisma/client";
import {
  addYears, day, ruleOn, toDay, type PromotionFact, type Rank, type ResolvedProfile, type RuleId,
  type StaffCadreFact, type StaffingAppointmentFact, type UnitType,
} from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { loadStaffingFacts, type StaffingFacts } from "./staffing-facts";

const FULL_HISTORY_RULES: readonly RuleId[] = ["ZZ15-ST-EDU", "ZZ15-ROT-POST", "ZZ15-ROT-KEY", "ZZ15-ROT-LEADER", "ZZ15-ROT-PAIR"];
/** Years of promotions the dashboard charts, counting asOf's year. */
export const PROMOTION_YEARS = 5;

type UnitRow = { id: string; name: string; type: UnitType; sectionLeaderPostCount: number; isPartyGovDept: boolean };
type PostRow = { id: string; unitId: string; title: string; isPrincipal: boolean; isPartyGovHead: boolean; rank: Rank; isKeyPost: boolean; isLeadership: boolean };
type ApptRow = { id: string; postId: string; cadreId: string; startDate: Date; endDate: Date | null };
type VacancyRow = ApptRow & { unitId: string };
type PromoRow = { id: string; cadreId: string; startDate: Date; rank: Rank; unitId: string; unitType: UnitType; isPrincipal: boolean; isPartyGovDept: boolean };
type CadreRow = { id: string; birthDate: Date; gender: "MALE" | "FEMALE" };

/** Posts some staffing target reads (as lib/rules' staffing index): leadership posts, and every school post. */
const RELEVANT = Prisma.sql`p."archivedAt" is null and u."archivedAt" is null and (p."isLeadership" or u.type = 'SCHOOL')`;

/** The earliest day any promotion the targets or the chart count can fall on. */
export function promotionsSince(profile: ResolvedProfile, asOf: Date): Date {
  const s = profile.params.d20.staffing;
  const candidates = [day(asOf.getUTCFullYear() - (PROMOTION_YEARS - 1), 1, 1), addYears(asOf, -s.windowYears)];
  if (s.windowStartYear != null) candidates.push(day(s.windowStartYear, 1, 1));
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}

// No query joins "Cadre": hashing 100,000 cadre rows costs more than everything else. The
// few thousand cadres involved are fetched by id afterwards.
function queries(asOf: Date, kjStart: Date, since: Date) {
  return Promise.all([
    prisma.$queryRaw<UnitRow[]>`select id, name, type::text as type, "sectionLeaderPostCount", "isPartyGovDept" from "Unit" where "archivedAt" is null`,
    prisma.$queryRaw<PostRow[]>`select p.id, p."unitId", p.title, p."isPrincipal", p."isPartyGovHead", p.rank::text as rank, p."isKeyPost", p."isLeadership"
      from "Post" p join "Unit" u on u.id = p."unitId" where ${RELEVANT}`,
    prisma.$queryRaw<ApptRow[]>`select a.id, a."postId", a."cadreId", a."startDate", a."endDate"
      from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
      where ${RELEVANT} and a."startDate" <= ${asOf} and (a."endDate" is null or a."endDate" >= ${asOf})`,
    prisma.$queryRaw<VacancyRow[]>`select a.id, a."postId", a."cadreId", a."startDate", a."endDate", p."unitId"
      from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
      where p."archivedAt" is null and u."archivedAt" is null and p."isLeadership" and p.rank in ('SECTION_PRINCIPAL', 'SECTION_DEPUTY')
        and a."endDate" >= ${kjStart} and a."endDate" < ${asOf}`,
    // A promotion: an appointment whose post outranks the cadre's previous appointment (as
    // loadStaffingFacts derives them). Only a non-staff post can be one; each candidate looks
    // up its predecessor through the (cadreId, startDate) index.
    prisma.$queryRaw<PromoRow[]>`with cand as materialized (
        select a.id, a."cadreId", a."startDate", p.rank, p."unitId", u.type::text as "unitType", p."isPrincipal",
          (u."isPartyGovDept" or u.type = 'PARTY_GOV_DEPT') as "isPartyGovDept"
        from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
        where p.rank <> 'STAFF' and p."archivedAt" is null and u."archivedAt" is null and a."startDate" >= ${since} and a."startDate" <= ${asOf})
      select cand.id, cand."cadreId", cand."startDate", cand.rank::text as rank, cand."unitId", cand."unitType", cand."isPrincipal", cand."isPartyGovDept"
      from cand cross join lateral (
        select p2.rank from "Appointment" a2 join "Post" p2 on p2.id = a2."postId" join "Unit" u2 on u2.id = p2."unitId"
        where a2."cadreId" = cand."cadreId" and p2."archivedAt" is null and u2."archivedAt" is null
          and (a2."startDate", a2.id) < (cand."startDate", cand.id)
        order by a2."startDate" desc, a2.id desc limit 1) prev
      where cand.rank < prev.rank`,
  ]);
}

export async function loadStaffingFactsAsOf(asOf: Date, profile: ResolvedProfile): Promise<StaffingFacts> {
  if (FULL_HISTORY_RULES.some((id) => ruleOn(profile, id))) return loadStaffingFacts();
  const [units, posts, holders, ended, promos] = await queries(asOf, toDay(profile.params.d20.staffing.kjRuleStart), promotionsSince(profile, asOf));
  const ids = new Set<string>();
  for (const r of [...holders, ...ended, ...promos]) ids.add(r.cadreId);
  // Archived cadres are left out, as loadStaffingFacts leaves them out.
  const cadreRows = await prisma.$queryRaw<CadreRow[]>`select id, "birthDate", gender::text as gender from "Cadre" where id = any(${[...ids]}) and "archivedAt" is null`;
  const people = new Map<string, StaffCadreFact>(cadreRows.map((c) => [c.id, { id: c.id, birthDate: asDay(c.birthDate), gender: c.gender }]));

  const appointments: StaffingAppointmentFact[] = [];
  const add = (r: ApptRow) => {
    const cadre = people.get(r.cadreId);
    if (cadre) appointments.push({ id: r.id, postId: r.postId, cadre, startDate: asDay(r.startDate), endDate: r.endDate ? asDay(r.endDate) : null });
  };
  holders.forEach(add);
  // D20-ST-KJ-LARGE reads only the earliest such end per unit.
  const earliest = new Map<string, VacancyRow>();
  for (const r of ended) {
    if (!people.has(r.cadreId)) continue;
    const prev = earliest.get(r.unitId);
    if (!prev || asDay(r.endDate!).getTime() < asDay(prev.endDate!).getTime()) earliest.set(r.unitId, r);
  }
  earliest.forEach(add);
  const promotions: PromotionFact[] = [];
  for (const r of promos) {
    const cadre = people.get(r.cadreId);
    if (!cadre) continue;
    promotions.push({
      id: r.id, cadreId: r.cadreId, birthDate: cadre.birthDate, promotedOn: asDay(r.startDate), toRank: r.rank,
      unitId: r.unitId, unitType: r.unitType, isPrincipal: r.isPrincipal, isPartyGovDept: r.isPartyGovDept,
    });
  }
  return { units, posts, appointments, promotions };
}

const asDay = (d: Date | string) => (d instanceof Date ? d : new Date(`${d}T00:00:00Z`));
