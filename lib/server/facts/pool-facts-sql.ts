import "server-only";
// Pool entries and reviews as rules facts in two plain-SQL reads (lib/server/db-read.ts), for
// the dashboard: the same facts as loadPoolEntryFacts/loadPoolReviewFacts without Prisma's
// per-value deserialisation. Every entry of the district: the dashboard leaves out each reader's
// recusals in memory (lib/server/dashboard/facts-on.ts).
import type {
  EducationLevel,
  EducationRecordFact,
  Degree,
  Gender,
  PoliticalStatus,
  PoolEntryFact,
  PoolReviewFact,
  PoolTier,
  Readiness,
} from "@/lib/rules";
import { withReadiness } from "@/lib/rules";
import { dayDate as day, dayNumber, readRows } from "@/lib/server/db-read";

type EntryRow = [
  id: string,
  tier: PoolTier,
  domain: string | null,
  enteredOn: number,
  closedOn: number | null,
  cadreId: string,
  birthDate: number,
  gender: Gender,
  ethnicity: string,
  politicalStatus: PoliticalStatus,
];
type EducationRow = [
  cadreId: string,
  level: EducationLevel,
  degree: Degree,
  fullTime: boolean,
  is985: boolean,
  is211: boolean,
  isDoubleFirstClass: boolean,
  graduationDate: number | null,
];

const EDUCATION_SELECT = `select r."cadreId", r.level::text, r.degree::text, r."fullTime", r."is985", r."is211", r."isDoubleFirstClass", ${dayNumber(`r."graduationDate"`)}
       from "EducationRecord" r`;

function educationByCadre(rows: readonly EducationRow[]): Map<string, EducationRecordFact[]> {
  const education = new Map<string, EducationRecordFact[]>();
  for (const [cadreId, level, degree, fullTime, is985, is211, isDoubleFirstClass, graduation] of rows) {
    const list = education.get(cadreId) ?? [];
    list.push({
      level,
      degree,
      fullTime,
      is985,
      is211,
      isDoubleFirstClass,
      graduationDate: graduation == null ? null : day(graduation),
    });
    education.set(cadreId, list);
  }
  return education;
}

/** The education records of these cadres as rules facts (the reports' team members). */
export async function loadEducationFacts(cadreIds: readonly string[]): Promise<Map<string, EducationRecordFact[]>> {
  return educationByCadre(await readRows<EducationRow>(`${EDUCATION_SELECT} where r."cadreId" = any($1)`, [cadreIds]));
}

/** Only these cadres' entries and these entries' reviews: what a change touched (the dashboard's incremental refresh). */
export interface PoolFilter {
  cadres: string[];
  reviewsOf: string[];
}

/**
 * Every pool entry (ordered by id in byte order, "C", as JavaScript compares strings, so a part
 * read again merges into the whole) with its cadre's facts and education, and every review; with
 * a filter, only what a change touched.
 */
export async function loadPoolFactsSql(
  f?: PoolFilter,
): Promise<{ entries: PoolEntryFact[]; reviews: PoolReviewFact[] }> {
  const [entryRows, educationRows, reviewRows] = await Promise.all([
    readRows<EntryRow>(
      // one primary-key probe per entry ("offset 0" keeps the planner from hashing every cadre)
      `select e.id, e.tier::text, e.domain, ${dayNumber(`e."enteredOn"`)}, ${dayNumber(`e."closedOn"`)}, c.id, ${dayNumber(`c."birthDate"`)}, c.gender::text, c.ethnicity, c."politicalStatus"::text
       from "PoolEntry" e cross join lateral (select * from "Cadre" c where c.id = e."cadreId" offset 0) c
       ${f ? `where e."cadreId" = any($1)` : ""}
       order by e.id collate "C"`,
      f ? [f.cadres] : [],
    ),
    readRows<EducationRow>(
      `${EDUCATION_SELECT} where r."cadreId" = any(${f ? "$1" : `array(select distinct "cadreId" from "PoolEntry")`})`,
      f ? [f.cadres] : [],
    ),
    readRows<[string, number, Readiness | null]>(
      `select r."poolEntryId", ${dayNumber(`r."reviewedOn"`)}, r.readiness::text from "PoolReview" r ${f ? `where r."poolEntryId" = any($1)` : ""}`,
      f ? [f.reviewsOf] : [],
    ),
  ]);
  const education = educationByCadre(educationRows);
  const entries = entryRows.map(
    ([
      id,
      tier,
      domain,
      enteredOn,
      closedOn,
      cadreId,
      birthDate,
      gender,
      ethnicity,
      politicalStatus,
    ]): PoolEntryFact => ({
      id,
      tier,
      domain,
      enteredOn: day(enteredOn),
      closedOn: closedOn == null ? null : day(closedOn),
      cadre: {
        id: cadreId,
        birthDate: day(birthDate),
        gender,
        ethnicity,
        politicalStatus,
        education: education.get(cadreId) ?? [],
      },
    }),
  );
  const reviews = reviewRows.map(([poolEntryId, reviewedOn, readiness]) => ({
    poolEntryId,
    reviewedOn: day(reviewedOn),
    readiness,
  }));
  // read whole, every entry's reviews are here; a partial read's are merged by the caller first
  // (lib/server/dashboard/apply-changes.ts), which attaches them then
  return { entries: f ? entries : withReadiness(entries, reviews), reviews };
}
