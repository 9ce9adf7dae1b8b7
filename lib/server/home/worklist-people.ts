import "server-only";
// The work list's items about serving cadres (lib/worklist/people-items.ts), four statements
// in parallel, each narrowed in its where by the windows the pure part computes: retirement
// (birth dates retiring from this month to the year's end), probation and 任现职满5/8/10年
// (worklist-appointments.ts) and cadres without last year's 年度考核 (counted, first few).
import { isoDay, type ResolvedProfile } from "@/lib/rules";
import { group, ITEMS_SHOWN, type WorkGroup } from "@/lib/worklist/model";
import { missingAssessmentItem, retirementItem } from "@/lib/worklist/people-items";
import { expectedFrom, expectedRecordYear } from "@/lib/worklist/records";
import { birthRangeRetiringWithin, retirementWindows } from "@/lib/worklist/retirement";
import { readRows } from "@/lib/server/db-read";
import { probationGroup, tenureGroups } from "./worklist-appointments";
import { PERSON, person, type PersonSql } from "./worklist-rows";
import { keptWindowGroups } from "./worklist-windows";
import { SCOPE_SQL, scopeValues, type WorkScope } from "./worklist-scope";

async function retirementGroups(scope: WorkScope, asOf: Date): Promise<WorkGroup[]> {
  const w = retirementWindows(asOf);
  const to = (w.RETIRE_THIS_YEAR ?? w.RETIRE_NEXT_MONTH)!.to;
  const men = birthRangeRetiringWithin("MALE", w.RETIRE_THIS_MONTH!.from, to);
  const women = birthRangeRetiringWithin("FEMALE", w.RETIRE_THIS_MONTH!.from, to);
  const range = (g: string, r: { from: Date; to: Date } | null, i: number) =>
    r ? `(c.gender = '${g}' and c."birthDate" between $${i}::date and $${i + 1}::date)` : "false";
  const rows = await readRows<PersonSql>(
    `select ${PERSON} from "Cadre" c left join "Unit" u on u.id = c."unitId"
      where ${SCOPE_SQL} and (${range("MALE", men, 3)} or ${range("FEMALE", women, 5)})
      order by c."birthDate", c.id`,
    [...scopeValues(scope), ...[men, women].flatMap((r) => (r ? [isoDay(r.from), isoDay(r.to)] : [null, null]))],
  );
  const by = { RETIRE_THIS_MONTH: [], RETIRE_NEXT_MONTH: [], RETIRE_THIS_YEAR: [] } as Record<
    string,
    ReturnType<typeof retirementItem>[]
  >;
  for (const r of rows) {
    const it = retirementItem(person(r), asOf);
    if (it) by[it.kind].push(it);
  }
  return (["RETIRE_THIS_MONTH", "RETIRE_NEXT_MONTH", "RETIRE_THIS_YEAR"] as const).map((k) => {
    const items = by[k].map((x) => x!.item).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
    return group(k, items.length, items);
  });
}

async function assessmentGroup(scope: WorkScope, asOf: Date): Promise<WorkGroup> {
  const year = expectedRecordYear(asOf);
  // the missing ones from the serving cadres' index alone (migration 20261208140100), counted,
  // then the first few read whole
  const rows = await readRows<[...PersonSql, total: number]>(
    `with missing as materialized (
       select c.id, c."unitId" from "Cadre" c
        where ${SCOPE_SQL} and (c."workStartDate" is null or c."workStartDate" < $4::date)
          and not exists (select 1 from "Assessment" s where s.year = $3 and s."cadreId" = c.id)
     ), firsts as (
       select m.id from missing m left join "Unit" u on u.id = m."unitId" order by u."sortOrder", m.id limit ${ITEMS_SHOWN}
     )
     select ${PERSON}, (select count(*)::int from missing)
       from firsts f join "Cadre" c on c.id = f.id left join "Unit" u on u.id = c."unitId"
      order by u."sortOrder", c.id`,
    [...scopeValues(scope), year, isoDay(expectedFrom(year))],
  );
  const items = rows.map((r) => missingAssessmentItem(person(r.slice(0, 5) as PersonSql), year));
  return group("NO_ASSESSMENT", rows[0]?.[5] ?? 0, items);
}

/** 退休, 试用期 and 任现职: what changes only with the day and with cadre, unit, post or appointment writes. */
export async function windowGroups(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup[]> {
  const parts = await Promise.all([
    retirementGroups(scope, asOf),
    probationGroup(scope, asOf, profile).then((g) => [g]),
    tenureGroups(scope, asOf, profile),
  ]);
  return parts.flat();
}

/**
 * The groups about serving cadres; with a data stamp, the date windows come from those kept since
 * the last change that touched them (worklist-windows.ts).
 */
export async function peopleGroups(
  scope: WorkScope,
  asOf: Date,
  profile: ResolvedProfile,
  stamp: string | null = null,
): Promise<WorkGroup[]> {
  const [windows, assessments] = await Promise.all([
    stamp === null
      ? windowGroups(scope, asOf, profile)
      : keptWindowGroups(scope, asOf, profile, stamp, () => windowGroups(scope, asOf, profile)),
    assessmentGroup(scope, asOf),
  ]);
  return [...windows, assessments];
}
