import "server-only";
// The facts a report reads, from the dashboard's own pipeline for the same date: the district's
// facts kept per data stamp (district-facts.ts), that day's facts for this reader (factsOn), and
// one pass of the rules (evaluate.ts). The only reads of its own are the personal attributes the
// dashboard does not carry — name, ethnicity, 政治面貌, education and current unit type — of the
// people the tables count (team members on the date, pool members), in two statements.
import type { Actor } from "@/lib/auth/actor";
import { factDate } from "@/lib/dashboard/fact-date";
import type { PersonFacts, ReportInput } from "@/lib/reports/input";
import { staffingIndexOf } from "@/lib/reports/teams-of";
import type { PoliticalStatus, UnitType } from "@/lib/rules";
import { dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { districtFacts } from "@/lib/server/dashboard/district-facts";
import { evaluatePoolSide, evaluateStaffingSide, REVIEW_HORIZON_DAYS } from "@/lib/server/dashboard/evaluate";
import { factsOn } from "@/lib/server/dashboard/facts-on";
import { loadPoolTrainings, TRAINING_RULES } from "@/lib/server/dashboard/load-facts";
import { withRules } from "@/lib/server/development/profile-overlay";
import { dashboardExclusions } from "@/lib/server/dashboard/scope";
import { readRows } from "@/lib/server/db-read";
import { loadEducationFacts } from "@/lib/server/facts";
import { RECUSED } from "@/lib/reports/input";

/**
 * The report input of `day` for the actor. The reports are the dashboard's figures as tables, so
 * they have its scope: organization staff and leaders, the whole district, recusals left out of
 * the names (dashboardExclusions refuses a unit-scoped role).
 */
export async function reportInput(actor: Actor, day: Date, unitType: UnitType | null): Promise<ReportInput> {
  const exclude = dashboardExclusions(actor);
  const asOf = factDate(day.getTime());
  const district = await districtFacts(await dataStamp(), asOf);
  const facts = await factsOn(district, asOf, exclude);
  const profile = facts.active.profile;
  const staffing = evaluateStaffingSide(facts.staffing, profile, asOf).staffing;
  const pool = evaluatePoolSide({ ...facts, trainings: null }, profile, asOf);
  const people = new Map<string, PersonFacts>();
  const input: ReportInput = {
    asOf,
    profile,
    profileVersion: facts.active.profileVersion,
    unitType,
    units: facts.staffing.units,
    posts: facts.staffing.posts,
    appointments: facts.staffing.appointments,
    staffingRows: staffing.rows,
    poolRows: pool.pool.rows,
    entries: facts.entries,
    reviews: facts.reviews,
    reviewsDue: pool.reviews,
    reviewHorizonDays: REVIEW_HORIZON_DAYS,
    trainings: facts.trainings ?? (await loadPoolTrainings()),
    training: withRules(profile, TRAINING_RULES, "培训情况"),
    people,
  };
  const members = new Set<string>();
  for (const hs of staffingIndexOf(input).holders) if (hs) for (const h of hs) members.add(h.cadre.id);
  await loadPeople(people, members, input, exclude);
  return input;
}

/** The people's own attributes, by id ($1): the reports' one statement beside the dashboard's facts (the benchmark times it directly). */
export const PEOPLE_SQL = `select c.id, c.name, c.ethnicity, c."politicalStatus"::text, u.type::text
  from "Cadre" c left join "Unit" u on u.id = c."unitId" where c.id = any($1)`;

/** Names (none for a recused cadre), ethnicity, 政治面貌, unit type; education for team members (the pool's have theirs). */
async function loadPeople(
  out: Map<string, PersonFacts>,
  members: Set<string>,
  input: ReportInput,
  exclude: readonly string[],
): Promise<void> {
  const poolEducation = new Map(input.entries.map((e) => [e.cadre.id, e.cadre.education ?? []]));
  const ids = [...new Set([...members, ...poolEducation.keys()])];
  const teamOnly = [...members].filter((id) => !poolEducation.has(id));
  const [rows, education] = await Promise.all([
    readRows<[string, string, string, PoliticalStatus, UnitType | null]>(PEOPLE_SQL, [ids]),
    loadEducationFacts(teamOnly),
  ]);
  const recused = new Set(exclude);
  for (const [id, name, ethnicity, politicalStatus, unitType] of rows) {
    out.set(id, {
      name: recused.has(id) ? RECUSED : name,
      ethnicity,
      politicalStatus,
      education: poolEducation.get(id) ?? education.get(id) ?? [],
      unitType,
    });
  }
}
