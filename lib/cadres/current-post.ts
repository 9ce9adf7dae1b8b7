// A cadre's 现任职务, unit and 职务层次 (with the date it was reached) follow from the appointment
// history; the Cadre row keeps a copy for the roster's filters and sorting. This is the one
// derivation: lib/server/cadres/sync-current-post.ts writes it after every appointment write,
// and `npm run db:check` compares it with what is stored. Pure, so both (and tests) agree.
//
// The rules, on a reference date asOf (a day; an appointment's endDate is its last day):
// - An appointment is held on asOf when startDate ≤ asOf and (no endDate or endDate ≥ asOf).
// - Of two or more held at once, the main one is: a leadership post before a non-leadership one,
//   then the higher 职务层次, then the later start (the newer appointment), then the id.
// - Unit = the main post's unit; 职务层次 = the main post's rank, except that 事业 staff in a
//   non-leadership post have none (职务层次 is the civil-service ladder).
// - 任现职务层次时间 = the start of the unbroken run of appointments at that rank ending with the
//   main one (a move between two 正科 posts keeps the date); for 科员, not before the end of the
//   one-year probation after 参加工作.
// - 现任职务 = unit + post title as the 任免审批表 writes it (the short name of the unit; an
//   enterprise's registered name in full); a civil servant in a non-leadership post with a
//   主任科员 grade is written by the grade ("区财政局二级主任科员").
// - Held nothing on asOf but held posts before (retired, left, between posts): no 现任职务; unit
//   and 职务层次 of the appointment that ended last.
// - No appointment started by asOf: nothing is derived — the stored fields (typed in, or imported
//   for a cadre whose career before the district is not kept here) stand.
import type { Grade, Rank, UnitType } from "@/lib/domain/enums";
import { gradeLabel } from "@/lib/labels";
import { addYears } from "@/lib/rules";
import { titleInUnit } from "./resume";

export interface HistoryAppointment {
  id: string;
  startDate: Date;
  endDate: Date | null;
  post: {
    title: string;
    rank: Rank;
    isLeadership: boolean;
    unitId: string;
    unit: { name: string; shortName: string | null; type: UnitType };
  };
}

export interface CurrentPostCadre {
  establishmentType: string | null;
  grade: Grade | null;
  workStartDate: Date | null;
}

export interface CurrentPostFields {
  currentPostTitle: string | null;
  unitId: string | null;
  rank: Rank | null;
  rankSince: Date | null;
}

export const CURRENT_POST_FIELDS = ["currentPostTitle", "unitId", "rank", "rankSince"] as const;

const RANK_ORDER: Record<Rank, number> = {
  STAFF: 0,
  SECTION_DEPUTY: 1,
  SECTION_PRINCIPAL: 2,
  DIVISION_DEPUTY: 3,
  DIVISION_PRINCIPAL: 4,
};

export function rankOrder(rank: Rank): number {
  return RANK_ORDER[rank];
}

const PRINCIPAL_CLERK: ReadonlySet<Grade> = new Set([
  "PRINCIPAL_CLERK_1",
  "PRINCIPAL_CLERK_2",
  "PRINCIPAL_CLERK_3",
  "PRINCIPAL_CLERK_4",
]);

/** The unit's name on the 任免审批表: its short name; an enterprise's registered name. */
export function unitNameOnForm(unit: { name: string; shortName: string | null; type: UnitType }): string {
  return unit.type === "SOE" ? unit.name : (unit.shortName ?? unit.name);
}

function rankHeld(cadre: CurrentPostCadre, a: HistoryAppointment): Rank | null {
  if (a.post.isLeadership) return a.post.rank;
  return cadre.establishmentType === "INSTITUTION_STAFF" ? null : a.post.rank;
}

const t = (d: Date) => d.getTime();

/** Main appointment first: leadership, higher rank, later start, larger id. */
export function byPrecedence(a: HistoryAppointment, b: HistoryAppointment): number {
  return (
    Number(b.post.isLeadership) - Number(a.post.isLeadership) ||
    RANK_ORDER[b.post.rank] - RANK_ORDER[a.post.rank] ||
    t(b.startDate) - t(a.startDate) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

export function heldOn(a: { startDate: Date; endDate: Date | null }, asOf: Date): boolean {
  return t(a.startDate) <= t(asOf) && (a.endDate == null || t(a.endDate) >= t(asOf));
}

function rankSince(cadre: CurrentPostCadre, started: HistoryAppointment[], main: HistoryAppointment, rank: Rank) {
  let since = main.startDate;
  const earlier = started
    .filter((a) => a !== main && t(a.startDate) < t(main.startDate))
    .sort((a, b) => t(b.startDate) - t(a.startDate));
  for (const a of earlier) {
    if (rankHeld(cadre, a) !== rank) break;
    since = a.startDate;
  }
  if (rank === "STAFF" && cadre.workStartDate) {
    const probationEnd = addYears(cadre.workStartDate, 1);
    if (t(since) < t(probationEnd)) since = probationEnd;
  }
  return since;
}

function titleOf(cadre: CurrentPostCadre, a: HistoryAppointment): string {
  const unit = unitNameOnForm(a.post.unit);
  if (
    !a.post.isLeadership &&
    cadre.grade &&
    PRINCIPAL_CLERK.has(cadre.grade) &&
    cadre.establishmentType !== "INSTITUTION_STAFF"
  )
    return unit + gradeLabel[cadre.grade];
  return titleInUnit(unit, a.post.title);
}

/** The fields the history gives on asOf, or null when no appointment has started by then. */
export function deriveCurrentPost(
  cadre: CurrentPostCadre,
  appointments: readonly HistoryAppointment[],
  asOf: Date,
): CurrentPostFields | null {
  const started = appointments.filter((a) => t(a.startDate) <= t(asOf));
  if (!started.length) return null;
  const held = started.filter((a) => heldOn(a, asOf)).sort(byPrecedence);
  const main = held[0] ?? [...started].sort((a, b) => t(b.endDate!) - t(a.endDate!) || byPrecedence(a, b))[0];
  const rank = rankHeld(cadre, main);
  return {
    currentPostTitle: held.length ? titleOf(cadre, main) : null,
    unitId: main.post.unitId,
    rank,
    rankSince: rank ? rankSince(cadre, started, main, rank) : null,
  };
}

/** The fields whose stored value differs from the derived one (dates compared as days). */
export function currentPostDrift(stored: CurrentPostFields, derived: CurrentPostFields): Partial<CurrentPostFields> {
  const out: Partial<CurrentPostFields> = {};
  for (const k of CURRENT_POST_FIELDS) {
    const s = stored[k];
    const d = derived[k];
    const same =
      s instanceof Date || d instanceof Date
        ? (s as Date | null)?.getTime() === (d as Date | null)?.getTime()
        : s === d;
    if (!same) Object.assign(out, { [k]: d });
  }
  return out;
}
