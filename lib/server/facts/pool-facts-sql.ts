import "server-only";
// Pool entries and reviews as rules facts in two plain-SQL reads (lib/server/db-read.ts), for
// the dashboard: the same facts as loadPoolEntryFacts/loadPoolReviewFacts without Prisma's
// per-value deserialisation. `excludeCadreIds` carries the caller's scope (recusal; see
// lib/server/dashboard/scope.ts).
import type { EducationLevel, EducationRecordFact, Degree, Gender, PoliticalStatus, PoolEntryFact, PoolReviewFact, PoolTier } from "@/lib/rules";
import { readRows } from "@/lib/server/db-read";

type EntryRow = [id: string, tier: PoolTier, domain: string | null, enteredOn: string, closedOn: string | null, cadreId: string, birthDate: string, gender: Gender, ethnicity: string, politicalStatus: PoliticalStatus];
type EducationRow = [cadreId: string, level: EducationLevel, degree: Degree, fullTime: boolean, is985: boolean, is211: boolean, isDoubleFirstClass: boolean, graduationDate: string | null];

const day = (s: string) => new Date(`${s}T00:00:00Z`);

export async function loadPoolFactsSql(excludeCadreIds: readonly string[]): Promise<{ entries: PoolEntryFact[]; reviews: PoolReviewFact[] }> {
  const exclude = [...excludeCadreIds];
  const [entryRows, educationRows, reviewRows] = await Promise.all([
    readRows<EntryRow>(
      // one primary-key probe per entry ("offset 0" keeps the planner from hashing every cadre)
      `select e.id, e.tier::text, e.domain, e."enteredOn"::text, e."closedOn"::text, c.id, c."birthDate"::text, c.gender::text, c.ethnicity, c."politicalStatus"::text
       from "PoolEntry" e cross join lateral (select * from "Cadre" c where c.id = e."cadreId" offset 0) c
       where not (e."cadreId" = any($1)) order by e.id`, [exclude]),
    readRows<EducationRow>(
      `select r."cadreId", r.level::text, r.degree::text, r."fullTime", r."is985", r."is211", r."isDoubleFirstClass", r."graduationDate"::text
       from "EducationRecord" r where r."cadreId" = any(array(select distinct "cadreId" from "PoolEntry")) and not (r."cadreId" = any($1))`, [exclude]),
    readRows<[string, string]>(
      `select r."poolEntryId", r."reviewedOn"::text from "PoolReview" r join "PoolEntry" e on e.id = r."poolEntryId" where not (e."cadreId" = any($1))`, [exclude]),
  ]);
  const education = new Map<string, EducationRecordFact[]>();
  for (const [cadreId, level, degree, fullTime, is985, is211, isDoubleFirstClass, graduation] of educationRows) {
    const list = education.get(cadreId) ?? [];
    list.push({ level, degree, fullTime, is985, is211, isDoubleFirstClass, graduationDate: graduation ? day(graduation) : null });
    education.set(cadreId, list);
  }
  const entries = entryRows.map(([id, tier, domain, enteredOn, closedOn, cadreId, birthDate, gender, ethnicity, politicalStatus]): PoolEntryFact => ({
    id, tier, domain, enteredOn: day(enteredOn), closedOn: closedOn ? day(closedOn) : null,
    cadre: { id: cadreId, birthDate: day(birthDate), gender, ethnicity, politicalStatus, education: education.get(cadreId) ?? [] },
  }));
  return { entries, reviews: reviewRows.map(([poolEntryId, reviewedOn]) => ({ poolEntryId, reviewedOn: day(reviewedOn) })) };
}
