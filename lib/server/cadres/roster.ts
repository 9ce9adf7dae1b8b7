import "server-only";
// The roster (干部名册): one page of the cadres the actor may see, filtered and sorted in
// PostgreSQL. The count and the page run in parallel; the page selects only the columns shown.
import type { RosterPage, RosterRow } from "@/lib/cadres/roster-row";
import { formatYearMonth, todayInChina } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  cadreStatusLabel,
  educationLevelLabel,
  genderLabel,
  gradeLabel,
  politicalStatusLabel,
  poolTierLabel,
  rankLabel,
  unitTypeLabel,
} from "@/lib/labels";
import { ageOn, toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { idNumberText } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import type { RosterQuery } from "@/lib/validation/roster-query";
import { inUnits, unitWindow } from "./roster-unit-window";
import { rosterOrderBy, rosterWhere } from "./roster-where";

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

type RosterRecord = Prisma.CadreGetPayload<{ select: typeof ROSTER_SELECT }>;

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
  opts: { idNumbers: "none" | "masked" | "revealed" },
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
    pool: c.poolEntries.map((e) => poolTierLabel[e.tier]).join("、"),
    status: cadreStatusLabel[c.status],
    workStartDate: formatYearMonth(c.workStartDate),
    partyJoinDate: formatYearMonth(c.partyJoinDate),
    idNumber: opts.idNumbers === "none" ? "" : idNumberText(c.idNumberCipher, opts.idNumbers === "revealed"),
  };
}

export async function listRoster(actor: Actor, q: RosterQuery): Promise<RosterPage> {
  const asOf = rosterAsOf(q);
  const where = scopedRosterWhere(actor, q);
  const showIds = q.cols.includes("idNumber");
  const select = { ...ROSTER_SELECT, idNumberCipher: showIds };
  const skip = (q.page - 1) * q.size;
  let total: number;
  let records: RosterRecord[];
  if (q.sort === "unit") {
    const w = await unitWindow(where, q.dir, skip, q.size);
    total = w.total;
    records = w.unitIds.length
      ? await prisma.cadre.findMany({
          where: { AND: [where, inUnits(w.unitIds)] },
          orderBy: rosterOrderBy(q),
          skip: w.skip,
          take: q.size,
          select,
        })
      : [];
  } else {
    // Deferred join: find the page's ids first (an index-only scan when an index covers the
    // filter and the order, however deep the page), then read those 50 rows in full.
    const [count, page] = await Promise.all([
      prisma.cadre.count({ where }),
      prisma.cadre.findMany({ where, orderBy: rosterOrderBy(q), skip, take: q.size, select: { id: true } }),
    ]);
    total = count;
    const byId = new Map(
      (await prisma.cadre.findMany({ where: { id: { in: page.map((r) => r.id) } }, select })).map((r) => [r.id, r]),
    );
    records = page.map((r) => byId.get(r.id)).filter((r): r is RosterRecord => r !== undefined);
  }
  return {
    rows: records.map((c) => toRosterRow(c, asOf, { idNumbers: showIds ? "masked" : "none" })),
    total,
    page: q.page,
    pageSize: q.size,
    pageCount: Math.max(1, Math.ceil(total / q.size)),
    asOf: asOf.toISOString().slice(0, 10),
  };
}
