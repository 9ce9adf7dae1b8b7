// The continuous periods the ZZ15-ROT-* rules count (三(二)), one walk-back per rule:
// - ROT-POST "在同一科室（单位）担任正（副）科职满5年": 正/副科职 time in the same 科室, whatever the post
//   (a key post included); 科员 time neither counts nor bridges.
// - ROT-KEY "关键岗位任职满5年": consecutive key posts in the same 科室.
// - ROT-LEADER "同一分管领导分管同一科长5年": time as 科长 under the same supervisor, from the later of
//   taking the 科长 post and the supervisor taking over (supervisorSince, when later than the start).
// - ROT-PAIR "正、副科长共事5年": each side's 正/副科长 period, as for ROT-POST.
import { dayNumber } from "../util/dates";
import type { RotationAppointmentFact as Appt } from "./rotation-facts";

export interface Period {
  since: Date;
  ids: string[];
}

/** `prev` continues the period that `next` (the appointment after it) belongs to. */
type Continues = (prev: Appt, next: Appt) => boolean;

/** Walks back over contiguous appointments of the same cadre in the same unit that continue the period. */
function runOf(list: readonly Appt[], i: number, continues: Continues): Period {
  const cur = list[i];
  const ids = [cur.id];
  let since = cur.startDate;
  for (let j = i - 1; j >= 0; j--) {
    const prev = list[j];
    const next = list[j + 1];
    const contiguous = prev.endDate != null && dayNumber(prev.endDate) + 1 >= dayNumber(next.startDate);
    if (!contiguous || prev.unitId !== cur.unitId || !continues(prev, next)) break;
    since = prev.startDate;
    ids.unshift(prev.id);
  }
  return { since, ids };
}

/** 正（副）科职: the section ranks of the 5-year clause (科员 is not 科职). */
const SECTION_RANKS: ReadonlySet<Appt["rank"]> = new Set(["SECTION_PRINCIPAL", "SECTION_DEPUTY"]);
export const isSectionRank = (a: Appt) => SECTION_RANKS.has(a.rank);

/** 科长: the principal of a SECTION_PRINCIPAL post. */
export const isChief = (a: Appt) => a.isPrincipal && a.rank === "SECTION_PRINCIPAL";
/** 副科长: a non-principal SECTION_DEPUTY post. */
export const isDeputy = (a: Appt) => a.rank === "SECTION_DEPUTY" && !a.isPrincipal;

/** ROT-POST / ROT-PAIR: 正/副科职 time in the unit (call only for a section-rank appointment). */
export const sectionPeriod = (list: readonly Appt[], i: number): Period => runOf(list, i, isSectionRank);

/** ROT-KEY: consecutive key posts in the unit (call only for a key-post appointment). */
export const keyPeriod = (list: readonly Appt[], i: number): Period =>
  runOf(list, i, (prev) => Boolean(prev.isKeyPost));

/** The supervisor took over during the appointment (the field's contract: "if later than startDate"). */
const takeover = (a: Appt): Date | null =>
  a.supervisorSince != null && a.supervisorSince.getTime() > a.startDate.getTime() ? a.supervisorSince : null;

/**
 * ROT-LEADER (call only for a 科长 appointment with a supervisor): earlier 科长 appointments under the
 * same supervisor chain, unless the supervisor took over later; a supervisorSince on or before an
 * appointment's start only says the supervisor already oversaw the post, not this 科长, so it is ignored.
 */
export function leaderPeriod(list: readonly Appt[], i: number): Period {
  const run = runOf(
    list,
    i,
    (prev, next) => isChief(prev) && prev.supervisorCadreId === next.supervisorCadreId && takeover(next) == null,
  );
  const first = list[i - run.ids.length + 1];
  return { since: takeover(first) ?? run.since, ids: run.ids };
}
