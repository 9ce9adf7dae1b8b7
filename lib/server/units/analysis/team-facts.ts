import "server-only";
// The facts of every leadership team in the actor's scope on asOf, in a fixed handful of
// set-based reads (units, team posts, appointments in force with their cadres, then education,
// sanctions and earlier appointments of those cadres), never one query per team: the district
// has hundreds of teams, a province-scale install thousands. Unit scope is in each statement's
// where (a unit user reads only their own unit); sanctions only with the clearance for them.
import type { Actor } from "@/lib/auth/actor";
import { mayRead } from "@/lib/authz/clearance";
import type {
  EducationRecordFact,
  Gender,
  PoliticalStatus,
  Rank,
  SanctionFact,
  SanctionKind,
  TeamFacts,
  TeamMemberFact,
  TeamPostFact,
  TeamPriorAppointmentFact,
  UnitFact,
  UnitType,
} from "@/lib/rules";
import { isoDay } from "@/lib/rules";
import { assertCan } from "@/lib/server/authz/scope";
import { dayDate as day, dayNumber, readRows } from "@/lib/server/db-read";
import { groupBy } from "@/lib/collections/group-by";
import { teamOf } from "./team-of";

export interface TeamFactsFilter {
  unitId?: string;
  unitType?: UnitType;
  /** load earlier appointments for the rotation rules (ZZ15-ROT-*) */
  withRotation: boolean;
}

export interface LoadedTeams {
  teams: (TeamFacts & { unitSortOrder: number })[];
  /** sanctions were not read: the actor's clearance does not reach them */
  sanctionsWithheld: boolean;
}

type UnitRow = [string, string, UnitType, number, boolean, number];
type PostRow = [string, string, string, Rank, boolean, boolean, boolean];
type SeatRow = [string, string, string, number, string | null, string, number, Gender, PoliticalStatus, string];

// $1 the actor's unit (null: all), $2 a unit type (null: all)
const UNIT_WHERE = `u."archivedAt" is null and ($1::text is null or u.id = $1) and ($2::text is null or u.type::text = $2)`;

// The statements, exported for the benchmark's raw-SQL floor (tests/bench/bench-teams.ts): the first
// three take [unit, unit type] (and the day), the others the cadres' ids (and the day).
export const TEAM_FACTS_SQL = {
  units: `select u.id, u.name, u.type::text, u."sectionLeaderPostCount", u."isPartyGovDept", u."sortOrder"
       from "Unit" u where ${UNIT_WHERE} order by u."sortOrder", u.name, u.id`,
  posts: `select p.id, p."unitId", p.title, p.rank::text, p."isPrincipal", p."isPartyGovHead", p."isKeyPost"
       from "Post" p join "Unit" u on u.id = p."unitId"
       where p."archivedAt" is null and p."isLeadership" and ${UNIT_WHERE}
       order by p."unitId", p."sortOrder", p.title`,
  seats: `select a."postId", a."cadreId", a.id, ${dayNumber(`a."startDate"`)}, a."supervisorCadreId",
              c.name, ${dayNumber(`c."birthDate"`)}, c.gender::text, c."politicalStatus"::text, c.ethnicity
       from "Appointment" a join "Post" p on p.id = a."postId" join "Unit" u on u.id = p."unitId"
       join "Cadre" c on c.id = a."cadreId"
       where a."startDate" <= $3::date and (a."endDate" is null or a."endDate" >= $3::date)
         and p."archivedAt" is null and p."isLeadership" and c."archivedAt" is null and ${UNIT_WHERE}`,
  education: `select r."cadreId", r.level::text, r.degree::text, r."fullTime", ${dayNumber(`r."graduationDate"`)}
       from "EducationRecord" r where r."cadreId" = any($1)`,
  sanctions: `select s."cadreId", s.kind::text, ${dayNumber(`s."decidedOn"`)}, ${dayNumber(`s."effectEndsOn"`)}, s.tolerated, ${dayNumber(`s."revokedAt"::date`)}
           from "Sanction" s where s."cadreId" = any($1) and s."archivedAt" is null`,
  prior: `select a.id, a."cadreId", a."postId", p."unitId", p.rank::text, p."isPrincipal", p."isKeyPost",
                  ${dayNumber(`a."startDate"`)}, ${dayNumber(`a."endDate"`)}, a."supervisorCadreId"
           from "Appointment" a join "Post" p on p.id = a."postId"
           where a."cadreId" = any($1) and a."endDate" < $2::date`,
};

export async function loadTeamFacts(actor: Actor, asOf: Date, f: TeamFactsFilter): Promise<LoadedTeams> {
  assertCan(actor, "unit", "read");
  const scoped = actor.role === "UNIT" ? (actor.unitId ?? "__no_unit__") : null;
  if (scoped && f.unitId && f.unitId !== scoped) return { teams: [], sanctionsWithheld: false };
  const unitParam = scoped ?? f.unitId ?? null;
  const base = [unitParam, f.unitType ?? null];
  const on = isoDay(asOf);
  const [units, posts, seats] = await Promise.all([
    readRows<UnitRow>(TEAM_FACTS_SQL.units, base),
    readRows<PostRow>(TEAM_FACTS_SQL.posts, base),
    readRows<SeatRow>(TEAM_FACTS_SQL.seats, [...base, on]),
  ]);
  const cadreIds = [...new Set(seats.map((s) => s[1]))];
  const sanctionsWithheld = !mayRead(actor.clearance, "sanctions");
  const [education, sanctions, prior] = await Promise.all([
    readRows<[string, EducationRecordFact["level"], EducationRecordFact["degree"], boolean, number | null]>(
      TEAM_FACTS_SQL.education,
      [cadreIds],
    ),
    sanctionsWithheld
      ? Promise.resolve([])
      : readRows<[string, SanctionKind, number, number | null, boolean, number | null]>(TEAM_FACTS_SQL.sanctions, [
          cadreIds,
        ]),
    f.withRotation
      ? readRows<[string, string, string, string, Rank, boolean, boolean, number, number, string | null]>(
          TEAM_FACTS_SQL.prior,
          [cadreIds, on],
        )
      : Promise.resolve([]),
  ]);

  const eduBy = groupBy(education, (r) => r[0]);
  const sanctionBy = groupBy(sanctions, (r) => r[0]);
  const priorBy = groupBy(prior, (r) => `${r[1]}|${r[3]}`);
  const postsBy = groupBy(posts, (r) => r[1]);
  const seatsBy = groupBy(seats, (r) => r[0]);
  const members = new Map<string, Omit<TeamMemberFact, "priorAppointments">>();
  for (const s of seats) {
    if (members.has(s[1])) continue;
    members.set(s[1], {
      cadreId: s[1],
      name: s[5],
      birthDate: day(s[6]),
      gender: s[7],
      politicalStatus: s[8],
      ethnicity: s[9],
      education: (eduBy.get(s[1]) ?? []).map(([, level, degree, fullTime, grad]) => ({
        level,
        degree,
        fullTime,
        graduationDate: grad == null ? null : day(grad),
      })),
      sanctions: (sanctionBy.get(s[1]) ?? []).map(([, kind, decided, ends, tolerated, revokedAt]): SanctionFact => ({
        kind,
        decidedOn: day(decided),
        effectEndsOn: ends == null ? null : day(ends),
        tolerated,
        revokedAt: revokedAt == null ? null : day(revokedAt),
      })),
    });
  }
  const priorOf = (cadreId: string, unitId: string): TeamPriorAppointmentFact[] =>
    (priorBy.get(`${cadreId}|${unitId}`) ?? []).map(([id, , postId, , rank, isPrincipal, isKeyPost, s, e, sup]) => ({
      id,
      postId,
      rank,
      isPrincipal,
      isKeyPost,
      startDate: day(s),
      endDate: day(e),
      supervisorCadreId: sup,
    }));
  const teams = units.map(([id, name, type, sectionLeaderPostCount, isPartyGovDept, sortOrder]) => {
    const unit: UnitFact = { id, name, type, sectionLeaderPostCount, isPartyGovDept };
    const unitPosts: TeamPostFact[] = (postsBy.get(id) ?? []).map(([pid, , title, rank, isPrincipal, head, key]) => ({
      id: pid,
      title,
      rank,
      isPrincipal,
      isPartyGovHead: head,
      isKeyPost: key,
    }));
    const team = teamOf(unit, unitPosts);
    const teamSeats = team.posts.flatMap((p) =>
      (seatsBy.get(p.id) ?? []).map(([postId, cadreId, appointmentId, start, sup]) => ({
        postId,
        cadreId,
        appointmentId,
        startDate: day(start),
        supervisorCadreId: sup,
      })),
    );
    const ids = [...new Set(teamSeats.map((s) => s.cadreId))];
    return {
      unit,
      unitSortOrder: sortOrder,
      posts: team.posts,
      establishment: team.establishment,
      seats: teamSeats,
      members: ids.map((c) => ({ ...members.get(c)!, priorAppointments: priorOf(c, id) })),
    };
  });
  return { teams, sanctionsWithheld };
}
