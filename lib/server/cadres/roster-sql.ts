import "server-only";
// The roster's where as SQL, for the one statement a page sends through the read pool
// (roster-page.ts). It says, clause for clause, what rosterWhere (roster-where.ts, Prisma) and
// cadreScope (authz/scope.ts) say — the export and the other readers keep using those — and
// tests/integration/cadres/roster-sql-parity.test.ts holds the two to the same rows.
// Columns are qualified with the alias `c` (Cadre); every value is a bind parameter.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { likeLiteral } from "@/lib/server/search/escape-like";
import { ETHNICITY_HAN, ETHNICITY_MINORITY, type RosterQuery } from "@/lib/validation/roster-query";
import { birthDateRange, levelsAtLeast } from "./roster-where";

/** Bind parameters of one statement: `p.add(v)` returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const LATIN = /^[a-z]+$/i;

/** cadreScope(actor, "read") as SQL: the permission, a unit user's unit, recusal. */
export function scopeSql(actor: Actor, p: Params): string[] {
  assertCan(actor, "cadre", "read");
  const and: string[] = [];
  if (actor.role === "UNIT") and.push(`c."unitId" = ${p.add(actor.unitId ?? "__no_unit__")}`);
  if (actor.recusedCadreIds.length) and.push(`c."id" <> all(${p.add(actor.recusedCadreIds)}::text[])`);
  return and;
}

/** rosterWhere(q, asOf) as SQL; `unitTypeSql` says how the unit's type is reached (join or EXISTS). */
export function filterSql(q: RosterQuery, asOf: Date, p: Params, unitTypeSql: (list: string) => string): string[] {
  const and: string[] = [`c."archivedAt" is null`];
  if (q.ids.length) and.push(`c."id" = any(${p.add(q.ids)}::text[])`);
  const text = q.q?.trim() ?? "";
  if (text && LATIN.test(text)) {
    const prefix = p.add(`${likeLiteral(text.toLowerCase())}%`);
    and.push(`(c."namePinyinInitials" like ${prefix} or c."namePinyin" like ${prefix})`);
  } else if (text) and.push(`c."name" like ${p.add(`%${likeLiteral(text)}%`)}`);
  if (q.unitId) and.push(`c."unitId" = ${p.add(q.unitId)}`);
  if (q.unitType.length) and.push(unitTypeSql(`${p.add(q.unitType)}::"UnitType"[]`));
  if (q.rank.length) and.push(`c."rank" = any(${p.add(q.rank)}::"Rank"[])`);
  if (q.grade.length) and.push(`c."grade" = any(${p.add(q.grade)}::"Grade"[])`);
  if (q.ageMin !== undefined || q.ageMax !== undefined) {
    const r = birthDateRange(asOf, q.ageMin, q.ageMax);
    if (r.gte) and.push(`c."birthDate" >= ${p.add(day(r.gte))}::date`);
    if (r.lte) and.push(`c."birthDate" <= ${p.add(day(r.lte))}::date`);
  }
  if (q.gender) and.push(`c."gender" = ${p.add(q.gender)}::"Gender"`);
  if (q.ethnicity === ETHNICITY_MINORITY) and.push(`c."ethnicity" <> all(${p.add([ETHNICITY_HAN, ""])}::text[])`);
  else if (q.ethnicity) and.push(`c."ethnicity" = ${p.add(q.ethnicity)}`);
  if (q.political.length) and.push(`c."politicalStatus" = any(${p.add(q.political)}::"PoliticalStatus"[])`);
  if (q.eduMin) and.push(`c."highestFullTimeLevel" = any(${p.add(levelsAtLeast(q.eduMin))}::"EducationLevel"[])`);
  if (q.elite) and.push(`c."hasEliteDegree"`);
  if (q.domain) and.push(`c."familiarDomains" @> array[${p.add(q.domain)}::text]`);
  const open = `select 1 from "PoolEntry" e where e."cadreId" = c."id" and e."closedOn" is null`;
  if (q.pool === "IN") and.push(`exists (${open})`);
  else if (q.pool === "OUT") and.push(`not exists (${open})`);
  else if (q.pool) and.push(`exists (${open} and e."tier" = ${p.add(q.pool)}::"PoolTier")`);
  const statuses = q.status.filter((s) => s !== "ALL");
  // one status as `=`, so an index on (…, status, rank, id) also gives the order
  if (!q.status.includes("ALL")) {
    const list = statuses.length ? statuses : ["SERVING"];
    if (list.length === 1) and.push(`c."status" = ${p.add(list[0])}::"CadreStatus"`);
    else and.push(`c."status" = any(${p.add(list)}::"CadreStatus"[])`);
  }
  return and;
}

/** Scope AND filters for a statement over Cadre c alone (the unit's type through EXISTS). */
export function rosterWhereSql(actor: Actor, q: RosterQuery, asOf: Date, p: Params): string[] {
  return [
    ...scopeSql(actor, p),
    ...filterSql(
      q,
      asOf,
      p,
      (list) => `exists (select 1 from "Unit" t where t."id" = c."unitId" and t."type" = any(${list}))`,
    ),
  ];
}
