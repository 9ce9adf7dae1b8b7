// Builds a target row (pool structure or staffing) from a base of items, a predicate and a
// goal. Status: MET when the count reaches the goal; AT_RISK when it is met today but, with
// the same people a few months older (conventions.atRiskMonths), it would not be; NOT_MET
// otherwise; INFO for figures the document reports without a target.
import type { RowSubject, TargetRow, TargetStatus } from "../model/results";
import { severityOf } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { fraction, percent, ratioOrNull } from "./format";
import { countLowerBound, ratioTargetCount } from "./tolerance";

export type Goal =
  | { kind: "count"; count: number }
  | {
      kind: "ratio";
      ratio: number;
      pinned?: number | null;
      min?: number;
      word?: string;
      style?: "fraction" | "percent";
    }
  | { kind: "about"; count: number; tolerance: number }
  | { kind: "all" }
  | { kind: "info" };

export interface RowInput<T> {
  key: string;
  ruleId: RuleId;
  label: string;
  profile: ResolvedProfile;
  subject: RowSubject;
  items: readonly T[];
  idOf: (item: T) => string;
  counts: (item: T) => boolean;
  /** whether an item still counts at the horizon; omit when time cannot change the answer */
  countsLater?: (item: T) => boolean;
  /** the base at the horizon (e.g. without entries leaving their tier); defaults to items */
  laterItems?: readonly T[];
  goal: Goal;
  /** "人", "个街道", "个职位" … */
  unit: string;
  /** replaces the generated Chinese description of the target */
  description?: string;
  /** false for "at least N" rows over a large base, where listing the rest helps nobody */
  trackLacking?: boolean;
  details?: Record<string, unknown>;
}

function goalCount(goal: Goal, n: number): { count: number; metAt: number } {
  switch (goal.kind) {
    case "count":
      return { count: goal.count, metAt: goal.count };
    case "ratio": {
      const c = Math.max(ratioTargetCount(goal.ratio, n, goal.pinned), goal.min ?? 0);
      return { count: c, metAt: c };
    }
    case "about":
      return { count: goal.count, metAt: countLowerBound(goal.count, goal.tolerance) };
    case "all":
      return { count: n, metAt: n };
    case "info":
      return { count: 0, metAt: 0 };
  }
}

function describe(goal: Goal, n: number, count: number, metAt: number, unit: string): string {
  switch (goal.kind) {
    case "count":
      return `不少于${count}${unit}`;
    case "ratio": {
      const r = goal.style === "percent" ? percent(goal.ratio) : fraction(goal.ratio);
      const pinned = goal.pinned != null ? "，固定目标" : "";
      const min = goal.min ? `，且不少于${goal.min}${unit}` : "";
      return `${goal.word ?? "不少于"}${r}（共${n}${unit}，至少${count}${unit}${pinned}${min}）`;
    }
    case "about":
      return `${count}${unit}左右（不少于${metAt}${unit}）`;
    case "all":
      return `全部符合（共${n}${unit}）`;
    case "info":
      return "仅统计，无目标值";
  }
}

function countIn<T>(items: readonly T[], pred: (t: T) => boolean): number {
  let c = 0;
  for (const t of items) if (pred(t)) c++;
  return c;
}

/** Above this many items the lists are sized before they are filled: growing them by push left ~2× their size as garbage. */
const PRESIZE_FROM = 50_000;

function split<T>(
  items: readonly T[],
  counts: (t: T) => boolean,
  idOf: (t: T) => string,
  track: boolean,
): { ids: string[]; lackingIds: string[] } {
  if (items.length < PRESIZE_FROM) {
    const ids: string[] = [];
    const lackingIds: string[] = [];
    for (const item of items) {
      if (counts(item)) ids.push(idOf(item));
      else if (track) lackingIds.push(idOf(item));
    }
    return { ids, lackingIds };
  }
  // a large base (hundreds of thousands of entries): mark once, then fill lists of the exact size
  const mark = new Uint8Array(items.length);
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (!counts(items[i])) continue;
    mark[i] = 1;
    n++;
  }
  const ids = new Array<string>(n);
  const lackingIds = new Array<string>(track ? items.length - n : 0);
  let a = 0;
  let b = 0;
  for (let i = 0; i < items.length; i++) {
    if (mark[i] === 1) ids[a++] = idOf(items[i]);
    else if (track) lackingIds[b++] = idOf(items[i]);
  }
  return { ids, lackingIds };
}

export function buildRow<T>(input: RowInput<T>): TargetRow {
  const { items, goal, unit } = input;
  const track = input.trackLacking !== false;
  const { ids, lackingIds } = split(items, input.counts, input.idOf, track);
  const n = items.length;
  const { count, metAt } = goalCount(goal, n);
  const targetRatio = goal.kind === "ratio" ? goal.ratio : goal.kind === "all" ? 1 : null;
  let status: TargetStatus;
  if (goal.kind === "info") status = "INFO";
  else if (ids.length < metAt) status = "NOT_MET";
  else {
    status = "MET";
    if (input.countsLater) {
      const later = input.laterItems ?? items;
      const laterCount = countIn(later, input.countsLater);
      if (laterCount < goalCount(goal, later.length).metAt) status = "AT_RISK";
    }
  }
  const description = input.description ?? describe(goal, n, count, metAt, unit);
  const actualRatio = ratioOrNull(ids.length, n);
  const share =
    actualRatio != null && goal.kind !== "count" && goal.kind !== "about" ? `（${percent(actualRatio)}）` : "";
  return {
    key: input.key,
    ruleId: input.ruleId,
    label: input.label,
    severity: severityOf(input.profile, input.ruleId),
    target: { ratio: targetRatio, count, n, metAt, description },
    actual: { count: ids.length, ratio: actualRatio },
    status,
    subject: input.subject,
    ids,
    lackingIds,
    message: `${input.label}：${description}；现有${ids.length}${unit}${share}`,
    ...(input.details ? { details: input.details } : {}),
  };
}
