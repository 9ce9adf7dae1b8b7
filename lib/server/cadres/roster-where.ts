import "server-only";
// Roster filters → a Prisma where. Every clause is on an indexed column of Cadre (or a
// correlated EXISTS on an indexed foreign key), so the count and the page stay fast at 100k.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EducationLevel } from "@/lib/generated/prisma/enums";
import { addDays, addYears, EDUCATION_LEVELS } from "@/lib/rules";
import { ETHNICITY_HAN, ETHNICITY_MINORITY, type RosterQuery, type RosterSortKey } from "@/lib/validation/roster-query";
import { cadreNameWhere } from "@/lib/server/cadres/name-search";

/**
 * Birth dates whose 周岁 on `asOf` lie in [ageMin, ageMax]. Age ≥ n ⇔ born on or before asOf − n
 * years (end-of-month clamp: on 2024-02-29 a one-year-old was born by 2023-02-28, matching
 * ageOn's reading of 29 February birthdays); age ≤ n ⇔ not yet n + 1.
 */
export function birthDateRange(asOf: Date, ageMin?: number, ageMax?: number): { gte?: Date; lte?: Date } {
  const range: { gte?: Date; lte?: Date } = {};
  if (ageMin !== undefined) range.lte = addYears(asOf, -ageMin);
  if (ageMax !== undefined) range.gte = addDays(addYears(asOf, -(ageMax + 1)), 1);
  return range;
}

/** Levels at or above `min` (EDUCATION_LEVELS runs from highest to lowest). */
export function levelsAtLeast(min: EducationLevel): EducationLevel[] {
  return EDUCATION_LEVELS.slice(0, EDUCATION_LEVELS.indexOf(min) + 1) as EducationLevel[];
}

/** The filters of a roster query (without the actor's scope, which the caller ANDs in). */
export function rosterWhere(q: RosterQuery, asOf: Date): Prisma.CadreWhereInput {
  const and: Prisma.CadreWhereInput[] = [{ archivedAt: null }];
  if (q.ids.length) and.push({ id: { in: q.ids } });
  if (q.q) and.push(cadreNameWhere(q.q));
  if (q.unitId) and.push({ unitId: q.unitId });
  if (q.unitType.length) and.push({ unit: { type: { in: q.unitType } } });
  if (q.rank.length) and.push({ rank: { in: q.rank } });
  if (q.grade.length) and.push({ grade: { in: q.grade } });
  if (q.ageMin !== undefined || q.ageMax !== undefined)
    and.push({ birthDate: birthDateRange(asOf, q.ageMin, q.ageMax) });
  if (q.gender) and.push({ gender: q.gender });
  if (q.ethnicity === ETHNICITY_MINORITY) and.push({ NOT: { ethnicity: { in: [ETHNICITY_HAN, ""] } } });
  else if (q.ethnicity) and.push({ ethnicity: q.ethnicity });
  if (q.political.length) and.push({ politicalStatus: { in: q.political } });
  if (q.eduMin) and.push({ highestFullTimeLevel: { in: levelsAtLeast(q.eduMin) } });
  if (q.elite) and.push({ hasEliteDegree: true });
  if (q.domain) and.push({ familiarDomains: { has: q.domain } });
  if (q.pool === "IN") and.push({ poolEntries: { some: { closedOn: null } } });
  else if (q.pool === "OUT") and.push({ poolEntries: { none: { closedOn: null } } });
  else if (q.pool) and.push({ poolEntries: { some: { closedOn: null, tier: q.pool } } });
  const statuses = q.status.filter((s) => s !== "ALL");
  if (!q.status.includes("ALL")) and.push({ status: { in: statuses.length ? statuses : ["SERVING"] } });
  return { AND: and };
}

/**
 * Sort keys → orderBy, as the page's SQL orders (roster-page.ts); the id tie-break keeps paging
 * stable when many rows compare equal. 在库 (the lowest open tier) has no Prisma form: the page,
 * the export and the batch actions all read through the SQL statement, and the parity test
 * checks that order on its own.
 */
export function rosterOrderBy(q: RosterQuery): Prisma.CadreOrderByWithRelationInput[] {
  const dir = q.dir;
  if (q.sort === "pool") throw new Error("在库 has no Prisma order: read through roster-page.ts");
  const nullsLast = (field: "rank" | "grade" | "highestFullTimeLevel" | "workStartDate" | "partyJoinDate") =>
    ({ [field]: { sort: dir, nulls: "last" } }) as Prisma.CadreOrderByWithRelationInput;
  const primary: Record<Exclude<RosterSortKey, "pool">, Prisma.CadreOrderByWithRelationInput[]> = {
    name: [{ namePinyin: dir }],
    gender: [{ gender: dir }],
    birthDate: [{ birthDate: dir }],
    // 年龄 ascending is birth date descending: the youngest first
    age: [{ birthDate: dir === "asc" ? ("desc" as const) : ("asc" as const) }],
    ethnicity: [{ ethnicity: dir }],
    currentPostTitle: [{ currentPostTitle: dir }],
    unit: [{ unit: { sortOrder: dir } }, { unitId: dir }, nullsLast("rank")],
    rank: [nullsLast("rank")],
    grade: [nullsLast("grade")],
    politicalStatus: [{ politicalStatus: dir }],
    education: [nullsLast("highestFullTimeLevel")],
    workStartDate: [nullsLast("workStartDate")],
    partyJoinDate: [nullsLast("partyJoinDate")],
  };
  return [...primary[q.sort], { id: "asc" }];
}
