// What the dashboard page renders: plain, serialisable data computed once per request on the
// server (lib/server/dashboard) and handed to the charts. Dates are "YYYY-MM-DD" strings.
import type { RowSubject, TargetStatus } from "@/lib/rules";

/** One unit, post, promotion, cadre or pool entry behind a figure, for the drill-down. */
export interface DrillItem {
  id: string;
  label: string;
  detail?: string;
}

export interface TargetView {
  key: string;
  ruleId: string;
  /** the rule's title, source document and clause (tooltip and print) */
  ruleTitle: string;
  ruleSource: string;
  label: string;
  status: TargetStatus;
  hard: boolean;
  description: string;
  targetCount: number;
  metAt: number;
  n: number;
  actualCount: number;
  actualRatio: number | null;
  message: string;
  subject: RowSubject;
  /** the rest of the base: the streets still lacking, the posts without a young holder … */
  lacking: DrillItem[];
  lackingTotal: number;
  counted: DrillItem[];
  countedTotal: number;
}

/** A target row as the page ships it: the figures, without the drill-down lists (drill.ts). */
export type TargetSummary = Omit<TargetView, "lacking" | "counted">;

/** The lists behind one row's figure, fetched when the row is opened. */
export type DrillLists = Pick<TargetView, "lacking" | "lackingTotal" | "counted" | "countedTotal">;

/** The target tables whose rows open a drill-down. */
export const DRILL_TABLES = ["targets", "pool"] as const;
export type DrillTable = (typeof DRILL_TABLES)[number];

export interface CountRow {
  label: string;
  value: number;
}

export interface PoolView {
  activeCount: number;
  /** every tier with members or a size target, then the total; target null where none is set */
  tiers: { label: string; actual: number; target: number | null; metAt: number | null; status: TargetStatus | null }[];
  women: { count: number; n: number; targetRatio: number; status: TargetStatus } | null;
  minority: { count: number; target: number; status: TargetStatus } | null;
  nonParty: { count: number; target: number; status: TargetStatus } | null;
  education: CountRow[];
  /** share with a completed full-time bachelor's or above (D20-EDU) */
  fullTimeBachelor: { count: number; n: number };
  domains: { domain: string; count: number; required: boolean; status: TargetStatus | null }[];
  ageBands: { label: string; male: number; female: number }[];
  agingOut: {
    entryId: string;
    name: string;
    tier: string;
    maxAge: number;
    exceedsOn: string;
    alreadyOver: boolean;
    ruleId: string;
  }[];
  agingOutTotal: number;
  /** the pool's own target rows (size, women, ages, education …) for the table view */
  rows: TargetView[];
}

export interface FlowsView {
  years: { year: number; entries: number; exits: number }[];
  nominations: { stage: string; label: string; count: number; open: boolean }[];
  promotions: { year: number; total: number; young: number; share: number | null }[];
  youngShareTarget: number | null;
}

export interface WatchItem {
  id: string;
  who: string;
  where: string;
  dueOn: string;
  status: "DUE" | "UPCOMING";
  ruleId: string;
  message: string;
}

export interface WatchList {
  /** false when the active profile does not switch the rules on */
  enabled: boolean;
  ruleIds: string[];
  items: WatchItem[];
  total: number;
}

export interface DashboardModel {
  asOf: string;
  profile: { key: string; name: string; version: number };
  targets: TargetView[];
  pool: PoolView;
  flows: FlowsView;
  watch: { rotation: WatchList; training: WatchList; reviews: WatchList };
  /** when these figures were computed (ISO instant): the page says so, and shows they are current */
  computedAt: string;
  /** milliseconds spent loading and computing (shown to nobody; for the benchmark) */
  timings: { loadMs: number; computeMs: number };
}
