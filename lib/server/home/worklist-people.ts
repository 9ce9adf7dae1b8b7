import "server-only";
// The work list's items about serving cadres (lib/worklist/people-items.ts), four statements
// in parallel, each narrowed in its where by the windows the pure part computes: retirement
// (birth dates retiring from this month to the year's end), probation and 任现职满5/8/10年
// (worklist-appointments.ts) and cadres without last year's 年度考核 (counted, first few).
import { isoDay, retirementAgesOf, type Gender, type Rank, type ResolvedProfile } from "@/lib/rules";
import { group, ITEMS_SHOWN, type WorkGroup } from "@/lib/worklist/model";
import { missingAssessmentItem, retirementItem } from "@/lib/worklist/people-items";
import { expectedFrom, expectedRecordYear } from "@/lib/worklist/records";
import { birthRangeRetiringWithin, retirementWindows } from "@/lib/worklist/retirement";
import { readRows } from "@/lib/server/db-read";
import { probationGroup, tenureGroups } from "./worklist-appointments";
import { PERSON, person, type PersonSql } from "./worklist-rows";
import { keptWindowGroups } from "./worklist-windows";
import { SCOPE_SQL, scopeValues, type WorkScope } from "./worklist-scope";

/**
 * Cadres reaching the retirement age this month … this year: one birth range per base age (men;
 * women below 处级; women at 处级, whose base the profile sets apart), read by the birth-date index.
 */
async function retirementGroups(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup[]> {
  const w = retirementWindows(asOf);
  const to = (w.RETIRE_THIS_YEAR ?? w.RETIRE_NEXT_MONTH)!.to;
  const ages = retirementAgesOf(profile);
  const within = (gender: Gender, base: number) =>
    birthRangeRetiringWithin(gender, base, w.RETIRE_THIS_MONTH!.from, to);
  const division = `('DIVISION_PRINCIPAL', 'DIVISION_DEPUTY')`;
  const groups = [
    { where: `c.gender = 'MALE'`, range: within("MALE", ages.male) },
    {
      where: `c.gender = 'FEMALE' and (c.rank is null or c.rank not in ${division})`,
      range: within("FEMALE", ages.female),
    },
    { where: `c.gender = 'FEMALE' and c.rank in ${division}`, range: within("FEMALE", ages.femaleDivision) },
  ];
  const first = scopeValues(scope).length + 1;
  const clauses = groups.map((g, i) =>
    g.range
      ? `(${g.where} and c."birthDate" between $${first + 2 * i}::date and $${first + 2 * i + 1}::date)`
      : "false",
  );
  const rows = await readRows<[...PersonSql, rank: Rank | null]>(
    `select ${PERSON}, c.rank::text from "Cadre" c left join "Unit" u on u.id = c."unitId"
      where ${SCOPE_SQL} and (${clauses.join(" or ")})
      order by c."birthDate", c.id`,
    [
      ...scopeValues(scope),
      ...groups.flatMap((g) => (g.range ? [isoDay(g.range.from), isoDay(g.range.to)] : [null, null])),
    ],
  );
  const by = { RETIRE_THIS_MONTH: [], RETIRE_NEXT_MONTH: [], RETIRE_THIS_YEAR: [] } as Record<
    string,
    ReturnType<typeof retirementItem>[]
  >;
  for (const r of rows) {
    const it = retirementItem({ ...person(r.slice(0, 5) as PersonSql), rank: r[5] }, asOf, ages);
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
    retirementGroups(scope, asOf, profile),
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
