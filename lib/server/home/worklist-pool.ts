import "server-only";
// The pool facts of the work list (lib/worklist/pool-items.ts): the entries open on asOf within
// the actor's scope with their cadres, then every review of them and — when a training rule is
// on and the actor may read 培训与实践 — their trainings, by id. Three statements, none per member.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import {
  day,
  isoDay,
  ruleOn,
  type PoolTier,
  type ResolvedProfile,
  type TrainingFact,
  type TrainingKind,
} from "@/lib/rules";
import type { PoolFacts, PoolMember } from "@/lib/worklist/pool-items";
import { TRAINING_RULES } from "@/lib/worklist/pool-items";
import { dayDate, dayNumber, readRows } from "@/lib/server/db-read";
import { SCOPE_SQL, scopeValues, type WorkScope } from "./worklist-scope";

/**
 * Open entries on $3 of cadres in scope: the members the other two statements start from. The
 * cadre is read per entry (a lateral lookup by id): a few thousand entries, where a join would
 * scan every cadre; the unit names from one hash of the units (per entry they cost as much as
 * the cadres).
 */
const MEMBERS = `select e.id, e.tier::text, ${dayNumber(`e."enteredOn"`)}, c.id, c.name,
         u.name, c.gender::text, ${dayNumber(`c."birthDate"`)}, c.ethnicity, c."politicalStatus"::text
    from "PoolEntry" e
    cross join lateral (select c.* from "Cadre" c where c.id = e."cadreId" and ${SCOPE_SQL} offset 0) c
    left join (select u.id, u.name from "Unit" u offset 0) u on u.id = c."unitId"
   where e."enteredOn" <= $3::date and (e."closedOn" is null or e."closedOn" > $3::date)
   order by e."enteredOn", e.id`;

type MemberSql = [
  id: string,
  tier: PoolTier,
  entered: number,
  cadreId: string,
  name: string,
  unit: string | null,
  gender: "MALE" | "FEMALE",
  birth: number,
  ethnicity: string,
  political: string,
];

export async function loadPoolFacts(
  actor: Actor,
  scope: WorkScope,
  asOf: Date,
  profile: ResolvedProfile,
): Promise<PoolFacts> {
  const values = [...scopeValues(scope), isoDay(asOf)];
  const withTrainings = can(actor.role, "development", "read") && TRAINING_RULES.some((id) => ruleOn(profile, id));
  const members = await readRows<MemberSql>(MEMBERS, values);
  const entryIds = members.map((r) => r[0]);
  const cadreIds = members.map((r) => r[3]);
  const [reviews, trainings] = await Promise.all([
    readRows<[string, number, number]>(
      `select r."poolEntryId", ${dayNumber(`r."reviewedOn"`)}, r.year
             from unnest($1::text[]) m(id) join "PoolReview" r on r."poolEntryId" = m.id`,
      [entryIds],
    ),
    withTrainings
      ? readRows<[string, TrainingKind, number, number, number, boolean, boolean]>(
          `select ta."cadreId", t.kind::text, ${dayNumber(`t."startDate"`)}, ${dayNumber(`t."endDate"`)}, t.hours,
                  t."fullTimeOffJob", ta.completed
             from unnest($1::text[]) m(id) join "TrainingAttendance" ta on ta."cadreId" = m.id
             join "Training" t on t.id = ta."trainingId"
            where t."archivedAt" is null
              -- what trainingCompliance counts: completed by asOf, this year's or political ones of any year
              and ta.completed and t."endDate" <= $4::date
              and (t."endDate" >= $2::date or (t."fullTimeOffJob" and t.kind::text = any($3::text[])))`,
          [cadreIds, isoDay(day(asOf.getUTCFullYear(), 1, 1)), profile.params.ws.politicalKinds, isoDay(asOf)],
        )
      : Promise.resolve(null),
  ]);
  const out: PoolMember[] = members.map((r) => ({
    entry: {
      id: r[0],
      tier: r[1],
      enteredOn: dayDate(r[2]),
      cadre: {
        id: r[3],
        gender: r[6],
        birthDate: dayDate(r[7]),
        ethnicity: r[8],
        politicalStatus: r[9] as PoolMember["entry"]["cadre"]["politicalStatus"],
        education: [],
      },
    },
    name: r[4],
    unitName: r[5] ?? "",
  }));
  let byCadre: Map<string, TrainingFact[]> | null = null;
  if (trainings) {
    byCadre = new Map();
    for (const t of trainings) {
      const list = byCadre.get(t[0]) ?? [];
      list.push({
        kind: t[1],
        startDate: dayDate(t[2]),
        endDate: dayDate(t[3]),
        hours: t[4],
        fullTimeOffJob: t[5],
        completed: t[6],
      });
      byCadre.set(t[0], list);
    }
  }
  return {
    members: out,
    reviews: reviews.map((r) => ({ poolEntryId: r[0], reviewedOn: dayDate(r[1]), year: r[2] })),
    trainings: byCadre,
  };
}
