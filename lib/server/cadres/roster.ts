import "server-only";
// The roster (干部名册): one page of the cadres the actor may see, filtered and sorted in
// PostgreSQL: one statement for the page (roster-page.ts), the count apart (roster-count.ts).
import type { RosterPage, RosterRow, RosterView } from "@/lib/cadres/roster-row";
import { formatYearMonth, todayInChina } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  cadreStatusLabel,
  educationLevelLabel,
  genderLabel,
  gradeLabel,
  politicalStatusLabel,
  rankLabel,
  unitTypeLabel,
} from "@/lib/labels";
import { ageOn, toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { idNumberText } from "@/lib/server/crypto/id-number";
import type { RosterQuery } from "@/lib/validation/roster-query";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import { getTierNames } from "@/lib/server/policy/pool-tiers";
import { rosterCount } from "./roster-count";
import { rosterRecords } from "./roster-page";
import { rosterWhere } from "./roster-where";

export const ROSTER_SELECT = {
  id: true,
  name: true,
  gender: true,
  birthDate: true,
  ethnicity: true,
  politicalStatus: true,
  currentPostTitle: true,
  rank: true,
  grade: true,
  highestFullTimeLevel: true,
  hasEliteDegree: true,
  familiarDomains: true,
  status: true,
  workStartDate: true,
  partyJoinDate: true,
  idNumberCipher: true,
  unit: { select: { name: true, type: true } },
  poolEntries: { where: { closedOn: null }, select: { tier: true } },
} satisfies Prisma.CadreSelect;

export type RosterRecord = Prisma.CadreGetPayload<{ select: typeof ROSTER_SELECT }>;

export function rosterAsOf(q: RosterQuery): Date {
  return q.asOf ? toDay(q.asOf) : todayInChina();
}

/** The actor's scope AND the query's filters: the one where of the page, the count and the export. */
export function scopedRosterWhere(
  actor: Actor,
  q: RosterQuery,
  action: "read" | "export" = "read",
): Prisma.CadreWhereInput {
  return { AND: [cadreScope(actor, action), rosterWhere(q, rosterAsOf(q))] };
}

export function toRosterRow(
  c: RosterRecord,
  asOf: Date,
  opts: { idNumbers: "none" | "masked" | "revealed"; tierNames: Record<PoolTier, string> },
): RosterRow {
  return {
    id: c.id,
    name: c.name,
    gender: genderLabel[c.gender],
    birthDate: formatYearMonth(c.birthDate),
    age: ageOn(c.birthDate, asOf),
    ethnicity: c.ethnicity,
    politicalStatus: politicalStatusLabel[c.politicalStatus],
    unit: c.unit?.name ?? "",
    unitType: c.unit ? unitTypeLabel[c.unit.type] : "",
    currentPostTitle: c.currentPostTitle ?? "",
    rank: c.rank ? rankLabel[c.rank] : "",
    grade: c.grade ? gradeLabel[c.grade] : "",
    education: c.highestFullTimeLevel ? educationLevelLabel[c.highestFullTimeLevel] : "",
    elite: c.hasEliteDegree ? "是" : "",
    domains: c.familiarDomains.join("、"),
    pool: c.poolEntries.map((e) => opts.tierNames[e.tier]).join("、"),
    status: cadreStatusLabel[c.status],
    workStartDate: formatYearMonth(c.workStartDate),
    partyJoinDate: formatYearMonth(c.partyJoinDate),
    idNumber: opts.idNumbers === "none" ? "" : idNumberText(c.idNumberCipher, opts.idNumbers === "revealed"),
  };
}

/** One page of the roster without its total (the page shows the count after it: roster-count.ts). */
export async function rosterView(actor: Actor, q: RosterQuery): Promise<RosterView> {
  const asOf = rosterAsOf(q);
  const showIds = q.cols.includes("idNumber");
  const [records, { names }] = await Promise.all([
    rosterRecords(actor, q, asOf, (q.page - 1) * q.size),
    getTierNames(),
  ]);
  return {
    rows: records
      .slice(0, q.size)
      .map((c) => toRosterRow(c, asOf, { idNumbers: showIds ? "masked" : "none", tierNames: names })),
    page: q.page,
    pageSize: q.size,
    hasNext: records.length > q.size,
    asOf: asOf.toISOString().slice(0, 10),
  };
}

/** The page and its exact total (scripts and tests; the roster page streams a capped count instead). */
export async function listRoster(actor: Actor, q: RosterQuery): Promise<RosterPage> {
  const [view, { count: total }] = await Promise.all([
    rosterView(actor, q),
    rosterCount(actor, q, rosterAsOf(q), Number.POSITIVE_INFINITY),
  ]);
  return { ...view, total, pageCount: Math.max(1, Math.ceil(total / q.size)) };
}
