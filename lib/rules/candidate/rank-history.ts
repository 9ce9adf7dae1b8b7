// Rank on a reference date, from the history: the 职务层次/职级 periods (rankRecords) and the
// ranks of the leadership posts held (appointments). Where both say something for a day, the
// higher rank holds (a 副科级 post held by someone whose record still says 科员 is 副科级 work).
// Non-leadership posts (科员, 中层) carry no rank of their own: 科员 and 职级 come from the records.
// Tenure "in a rank" counts the months at that rank or above (a 正科 has necessarily served
// the 副科 months he needs), in calendar months summed over the periods (util/tenure).
import type { CadreFacts, RankRecordFact } from "../model/cadre-facts";
import { RANKS, type Grade, type Rank } from "../model/enums";
import { isActiveOn } from "../util/dates";
import { mergePeriods, tenureOn, type Period, type Tenure } from "../util/tenure";

/** Lower is higher (RANKS runs 正处 → 科员). */
export const rankLevel = (r: Rank): number => RANKS.indexOf(r);

/** Is `a` the same as or above `b`? */
export const atOrAbove = (a: Rank, b: Rank): boolean => rankLevel(a) <= rankLevel(b);

const EPOCH = new Date(Date.UTC(1900, 0, 1));

/** The records, or the current rank and grade read as records when no history was given. */
export function rankRecordsOf(f: CadreFacts): RankRecordFact[] {
  if (f.rankRecords) return f.rankRecords;
  const out: RankRecordFact[] = [];
  if (f.rank) out.push({ rank: f.rank, startDate: f.rankSince ?? EPOCH });
  if (f.grade) out.push({ grade: f.grade, startDate: f.gradeSince ?? EPOCH });
  return out;
}

interface RankPeriod extends Period {
  rank: Rank;
}

function rankPeriods(f: CadreFacts): RankPeriod[] {
  const out: RankPeriod[] = [];
  for (const r of rankRecordsOf(f))
    if (r.rank) out.push({ rank: r.rank, startDate: r.startDate ?? EPOCH, endDate: r.endDate });
  for (const a of f.appointments)
    if (!a.isMiddleLevel && a.rank !== "STAFF") out.push({ rank: a.rank, startDate: a.startDate, endDate: a.endDate });
  return out;
}

/** The 职务层次 held on asOf (the highest of the records and leadership posts active then). */
export function rankOn(f: CadreFacts, asOf: Date): Rank | null {
  let best: Rank | null = null;
  for (const p of rankPeriods(f))
    if (isActiveOn(p.startDate, p.endDate, asOf) && (best == null || atOrAbove(p.rank, best))) best = p.rank;
  return best;
}

/** The 职级 held on asOf. */
export function gradeOn(f: CadreFacts, asOf: Date): Grade | null {
  const start = (r: RankRecordFact) => r.startDate ?? EPOCH;
  const active = rankRecordsOf(f).filter((r) => r.grade && isActiveOn(start(r), r.endDate, asOf));
  active.sort((a, b) => start(b).getTime() - start(a).getTime());
  return active[0]?.grade ?? null;
}

export interface RankTenure {
  tenure: Tenure;
  /** first day of the unbroken stretch at this rank or above that runs through asOf */
  since: Date | null;
  /** false when the start is unknown (a current rank without rankSince and no history) */
  known: boolean;
}

/** Months served at `rank` or above up to asOf, summed over separate periods. */
export function tenureAtRank(f: CadreFacts, rank: Rank, asOf: Date): RankTenure {
  const periods = rankPeriods(f).filter((p) => atOrAbove(p.rank, rank));
  const known = !periods.some((p) => p.startDate.getTime() === EPOCH.getTime());
  const merged = mergePeriods(periods, asOf);
  const last = merged[merged.length - 1];
  const running = last && last.end.getTime() === asOf.getTime() ? last.start : null;
  return { tenure: tenureOn(periods, asOf), since: running, known };
}

/** Months at 科员 level or above (SS12-ELIG-FZ): any 职务层次 period, or any 职级 period. */
export function tenureAtStaffLevel(f: CadreFacts, asOf: Date): RankTenure {
  const grades = rankRecordsOf(f)
    .filter((r) => r.grade && !r.rank)
    .map((r) => ({ startDate: r.startDate ?? EPOCH, endDate: r.endDate }));
  const periods: Period[] = [...rankPeriods(f), ...grades];
  const known = !periods.some((p) => p.startDate.getTime() === EPOCH.getTime());
  const merged = mergePeriods(periods, asOf);
  const last = merged[merged.length - 1];
  const running = last && last.end.getTime() === asOf.getTime() ? last.start : null;
  return { tenure: tenureOn(periods, asOf), since: running, known };
}
