import "server-only";
// 提任试用期满 and 任现职满5/8/10年 (lib/worklist/probation.ts, tenure.ts): the appointments held
// on asOf that started in the windows the pure part computes. Each statement has two forms that
// select the same rows:
// - a unit's: joined to the unit's cadres, which the planner finds through the unit first;
// - the district's: the candidate appointments first, read from the index of current appointments
//   by (start day, id) alone (migration 20261209120000), their posts from one hash of the posts
//   (looked up one by one they cost more than the rest of the statement), and each appointment's
//   cadre looked up by id (a join scanned every cadre, ~50 ms at 100,000). 任现职 counts with a
//   semi-join on the scope and reads cadre, post and unit for its first rows only; 试用期 leaves
//   out appointments to the lowest rank before looking up the post each followed.
import { addDays, addYears, isoDay, type ResolvedProfile } from "@/lib/rules";
import { group, ITEMS_SHOWN, type WorkGroup } from "@/lib/worklist/model";
import { probationItem, tenureItem } from "@/lib/worklist/people-items";
import { probationStartWindow } from "@/lib/worklist/probation";
import { TENURE_MILESTONES, tenureWindow } from "@/lib/worklist/tenure";
import { dayNumber, readRows } from "@/lib/server/db-read";
import { APPT, appointment, PERSON, type ApptSql } from "./worklist-rows";
import { SCOPE_SQL, scopeValues, type WorkScope } from "./worklist-scope";

/** Appointments held on $3 whose start matches `starts` (the unit forms). */
const current = (starts: string) =>
  `a."startDate" <= $3::date and ((a."endDate" is null and ${starts}) or (a."endDate" >= $3::date and ${starts}))`;
/** The same as two row sources: the open ones by their partial index, the few ending later by the end-day index. */
const openOnly = `a."endDate" is null and a."startDate" <= $3::date`;
const endingLater = `a."endDate" >= $3::date and a."startDate" <= $3::date`;
const CANDIDATE = `a.id, a."cadreId", a."postId", a."startDate"`;

/** The post the cadre held before appointment `a` (its rank decides whether `a` was a promotion). */
const PREVIOUS = `cross join lateral (select pp.rank from "Appointment" b join "Post" pp on pp.id = b."postId"
   where b."cadreId" = a."cadreId" and b."startDate" < a."startDate" order by b."startDate" desc limit 1) prev`;

function probationSql(district: boolean): string {
  const starts = `a."startDate" between $4::date and $5::date`;
  if (!district)
    return `select ${APPT}, prev.rank::text
       from "Appointment" a join "Post" p on p.id = a."postId" join "Cadre" c on c.id = a."cadreId"
       left join "Unit" u on u.id = p."unitId" ${PREVIOUS}
      where ${SCOPE_SQL} and ${current(starts)}
        -- a promotion: the new post's rank comes before the previous one's in the enum (highest first)
        and p.rank < prev.rank
      order by a."startDate", a.id`;
  return `select ${PERSON}, a.id, a.title, a.rank::text, a."isKeyPost", ${dayNumber(`a."startDate"`)}, prev.rank::text
     from (select a.id, a."cadreId", a."startDate", p.title, p.rank, p."isKeyPost", p."unitId"
             from (select ${CANDIDATE} from "Appointment" a where ${openOnly} and ${starts}
                   union all select ${CANDIDATE} from "Appointment" a where ${endingLater} and ${starts}) a
             join "Post" p on p.id = a."postId"
            -- STAFF is the enum's last (lowest) rank: never a promotion, so no previous post to look up
            where p.rank <> 'STAFF' offset 0) a
     ${PREVIOUS}
     cross join lateral (select c.* from "Cadre" c where c.id = a."cadreId" offset 0) c
     left join "Unit" u on u.id = a."unitId"
    where ${SCOPE_SQL} and a.rank < prev.rank
    order by a."startDate", a.id`;
}

export async function probationGroup(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup> {
  const w = probationStartWindow(asOf, profile);
  const rows = await readRows<ApptSql>(probationSql(scope.unitId === null), [
    ...scopeValues(scope),
    isoDay(asOf),
    isoDay(w.from),
    isoDay(w.to),
  ]);
  // rows by start day then id, so that items due on the same day keep one order
  const items = rows
    .map((r) => probationItem(appointment(r), asOf, profile))
    .filter((x) => x != null)
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
  return group("PROBATION_ENDING", items.length, items);
}

/** The milestone (5, 8, 10) whose day falls in the window ($4, $5], else null: what tenureMilestone decides. */
const MILESTONE = `case ${TENURE_MILESTONES.map((y) => {
  const on = `(a."startDate" + interval '${y} years')::date`;
  return `when ${on} > $4::date and ${on} <= $5::date then ${y}`;
}).join(" ")} end`;
/** The start days whose milestone may fall in the window ($6 … by milestone), a day's slack each side for 29 February. */
const startRange = (i: number) => `a."startDate" > $${6 + 2 * i}::date and a."startDate" <= $${7 + 2 * i}::date`;
const ANY_START = `(${TENURE_MILESTONES.map((_, i) => `(${startRange(i)})`).join(" or ")})`;
/** Posts whose tenure is tracked: a leading post, or any key post. */
const TRACKED = `(p.rank <> 'STAFF' or p."isKeyPost")`;

function tenureSql(district: boolean): string {
  if (!district)
    return `select * from (
       select ${APPT}, null, m, count(*) over (partition by m)::int as total,
              row_number() over (partition by m order by a."startDate", a.id) as n
         from "Appointment" a join "Post" p on p.id = a."postId" join "Cadre" c on c.id = a."cadreId"
         left join "Unit" u on u.id = p."unitId"
         cross join lateral (select ${MILESTONE} as m) ms
        where ${SCOPE_SQL} and ${current(ANY_START)} and ${TRACKED} and ms.m is not null
     ) t where n <= ${ITEMS_SHOWN} order by m, n`;
  // one branch per milestone, each one range of the index; a branch keeps only its own milestone
  const open = TENURE_MILESTONES.map(
    (y, i) =>
      `select ${CANDIDATE}, ${y} as m from "Appointment" a where ${openOnly} and ${startRange(i)} and ${MILESTONE} = ${y}`,
  );
  const later = `select ${CANDIDATE}, ${MILESTONE} from "Appointment" a where ${endingLater} and ${ANY_START} and ${MILESTONE} is not null`;
  return `select ${PERSON}, t.id, p.title, p.rank::text, p."isKeyPost", ${dayNumber(`t."startDate"`)}, null, t.m, t.total
     from (
       select a.*, count(*) over (partition by a.m)::int as total,
              row_number() over (partition by a.m order by a."startDate", a.id) as n
         from (${[...open, later].join(" union all ")}) a
         join (select p.id from "Post" p where ${TRACKED} offset 0) tracked on tracked.id = a."postId"
        where exists (select 1 from "Cadre" c where c.id = a."cadreId" and ${SCOPE_SQL})
     ) t
     join "Post" p on p.id = t."postId" join "Cadre" c on c.id = t."cadreId" left join "Unit" u on u.id = p."unitId"
    where t.n <= ${ITEMS_SHOWN} order by t.m, t.n`;
}

export async function tenureGroups(scope: WorkScope, asOf: Date, profile: ResolvedProfile): Promise<WorkGroup[]> {
  const w = tenureWindow(asOf);
  const ranges = TENURE_MILESTONES.map((y) => [addDays(addYears(w.after, -y), -1), addDays(addYears(w.until, -y), 1)]);
  const rows = await readRows<[...ApptSql, m: number, total: number]>(tenureSql(scope.unitId === null), [
    ...scopeValues(scope),
    isoDay(asOf),
    isoDay(w.after),
    isoDay(w.until),
    ...ranges.flat().map(isoDay),
  ]);
  return TENURE_MILESTONES.map((y) => {
    const mine = rows.filter((r) => r[11] === y);
    const items = mine.map((r) => tenureItem(appointment(r.slice(0, 11) as ApptSql), asOf, profile)!.item);
    return group(`TENURE_${y}`, mine[0]?.[12] ?? 0, items);
  });
}
