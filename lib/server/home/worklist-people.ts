import "server-only";
// The work list's items about serving cadres (lib/worklist/people-items.ts), four statements
// in parallel, each narrowed in its where by the windows the pure part computes: retirement
// (birth dates retiring from this month to the year's end), probation (appointments started a
// probation ago, with the rank of the post before), 任现职满5/8/10年 (counted per milestone
// in SQL, the first few rows read) and cadres without last year's 年度考核 (counted, first few).
import { addDays, addYears, isoDay, retirementAgesOf, type Gender, type Rank, type ResolvedProfile } from "@/lib/rules";
import { group, ITEMS_SHOWN, type WorkGroup } from "@/lib/worklist/model";
import {
  missingAssessmentItem,
  probationItem,
  retirementItem,
  tenureItem,
  type AppointmentRow,
  type PersonRow,
} from "@/lib/worklist/people-items";
import { probationStartWindow } from "@/lib/worklist/probation";
import { expectedFrom, expectedRecordYear } from "@/lib/worklist/records";
import { birthRangeRetiringWithin, retirementWindows } from "@/lib/worklist/retirement";
import { TENURE_MILESTONES, tenureWindow } from "@/lib/worklist/tenure";
import { dayDate, dayNumber, readRows } from "@/lib/server/db-read";
import { SCOPE_SQL, scopeValues, type WorkScope } from "./worklist-scope";

type PersonSql = [id: string, name: string, unit: string | null, gender: Gender, birth: number];
const PERSON = `c.id, c.name, u.name, c.gender::text, ${dayNumber(`c."birthDate"`)}`;
const person = (r: PersonSql): PersonRow => ({
  cadreId: r[0],
  name: r[1],
  unitName: r[2] ?? "",
  gender: r[3],
  birthDate: dayDate(r[4]),
});

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

type ApptSql = [...PersonSql, id: string, title: string, rank: Rank, key: boolean, start: number, prev: Rank | null];
const APPT = `${PERSON}, a.id, p.title, p.rank::text, p."isKeyPost", ${dayNumber(`a."startDate"`)}`;
/**
 * Appointments held on $3 whose start matches `starts`: the open ones through their partial
 * index by start day (migration 20261208140000), the few ending later by the end-day index.
 */
const current = (starts: string) =>
  `a."startDate" <= $3::date and ((a."endDate" is null and ${starts}) or (a."endDate" >= $3::date and ${starts}))`;
const appointment = (r: ApptSql): AppointmentRow => ({
  ...person(r.slice(0, 5) as PersonSql),
  appointmentId: r[5],
  postTitle: r[6],
  rank: r[7],
  isKeyPost: r[8],
  startDate: dayDate(r[9]),
  previousRank: r[10],
});

/**
 * The appointment's cadre: for the district, looked up by id per appointment (the windows hold a
 * few thousand; a join made the planner scan every cadre, ~50 ms at 100,000); for one unit, a
 * join, so its cadres are found through the unit first.
 */
const cadreOf = (scope: WorkScope) =>
  scope.unitId === null
    ? `cross join lateral (select c.* from "Cadre" c where c.id = a."cadreId" offset 0) c`
    : `join "Cadre" c on c.id = a."cadreId"`;

async function probationGroup(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup> {
  const w = probationStartWindow(asOf, profile);
  const rows = await readRows<ApptSql>(
    `select ${APPT}, prev.rank::text
       from "Appointment" a join "Post" p on p.id = a."postId" ${cadreOf(scope)}
       left join "Unit" u on u.id = p."unitId"
       cross join lateral (select pp.rank from "Appointment" b join "Post" pp on pp.id = b."postId"
          where b."cadreId" = a."cadreId" and b."startDate" < a."startDate" order by b."startDate" desc limit 1) prev
      where ${SCOPE_SQL} and ${current(`a."startDate" between $4::date and $5::date`)}
        -- a promotion: the new post's rank comes before the previous one's in the enum (highest first)
        and p.rank < prev.rank`,
    [...scopeValues(scope), isoDay(asOf), isoDay(w.from), isoDay(w.to)],
  );
  const items = rows
    .map((r) => probationItem(appointment(r), asOf, profile))
    .filter((x) => x != null)
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
  return group("PROBATION_ENDING", items.length, items);
}

async function tenureGroups(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup[]> {
  const w = tenureWindow(asOf);
  const on = (years: number) => `(a."startDate" + interval '${years} years')::date`;
  const within = (years: number) => `${on(years)} > $4::date and ${on(years)} <= $5::date`;
  // the start days whose milestone may fall in the window, as day ranges the index answers ($6 …),
  // a day's slack each side for 29 February (the exact test is `milestone`)
  const ranges = TENURE_MILESTONES.map((y) => [addDays(addYears(w.after, -y), -1), addDays(addYears(w.until, -y), 1)]);
  const starts = `(${ranges.map((_, i) => `(a."startDate" > $${6 + 2 * i}::date and a."startDate" <= $${7 + 2 * i}::date)`).join(" or ")})`;
  const milestone = `case ${TENURE_MILESTONES.map((y) => `when ${within(y)} then ${y}`).join(" ")} end`;
  const rows = await readRows<[...ApptSql, m: number, total: number]>(
    `select * from (
       select ${APPT}, null, m, count(*) over (partition by m)::int as total,
              row_number() over (partition by m order by a."startDate", a.id) as n
         from "Appointment" a join "Post" p on p.id = a."postId" ${cadreOf(scope)}
         left join "Unit" u on u.id = p."unitId"
         cross join lateral (select ${milestone} as m) ms
        where ${SCOPE_SQL} and ${current(starts)} and (p.rank <> 'STAFF' or p."isKeyPost") and ms.m is not null
     ) t where n <= ${ITEMS_SHOWN} order by m, n`,
    [...scopeValues(scope), isoDay(asOf), isoDay(w.after), isoDay(w.until), ...ranges.flat().map(isoDay)],
  );
  return TENURE_MILESTONES.map((y) => {
    const mine = rows.filter((r) => r[11] === y);
    const items = mine.map((r) => tenureItem(appointment(r.slice(0, 11) as ApptSql), asOf, profile)!.item);
    return group(`TENURE_${y}`, mine[0]?.[12] ?? 0, items);
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

export async function peopleGroups(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup[]> {
  const parts = await Promise.all([
    retirementGroups(scope, asOf, profile),
    probationGroup(scope, asOf, profile).then((g) => [g]),
    tenureGroups(scope, asOf, profile),
    assessmentGroup(scope, asOf).then((g) => [g]),
  ]);
  return parts.flat();
}
