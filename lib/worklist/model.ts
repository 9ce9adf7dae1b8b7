// The work list a home page shows: groups of items by kind, each with its total (the items
// listed are the first few; the total counts them all) and a link to where the work is done.
import type { RuleId } from "@/lib/rules";
import { WORK_KIND_INFO, WORK_KINDS, type WorkKind } from "./kinds";

/** Items listed per group on the home page; the group's count covers all of them. */
export const ITEMS_SHOWN = 8;

export interface WorkItem {
  /** stable within the list: the record's id (and a suffix where one record gives two items) */
  key: string;
  /** who or what: a cadre's name, a stage, a target */
  title: string;
  /** the unit, tier or post */
  context: string;
  /** what is due, with the numbers */
  detail: string;
  /** the day it is (or was) due, ISO; null when the rule names none */
  dueOn: string | null;
  ruleId: RuleId | null;
  href: string;
}

export interface WorkGroup {
  kind: WorkKind;
  label: string;
  ruleId: RuleId | null;
  count: number;
  items: WorkItem[];
  /** the page listing all of them, when the group shows only the first few */
  moreHref: string | null;
}

export interface WorkList {
  asOf: string;
  /** "本单位" or "全区" */
  scopeLabel: string;
  groups: WorkGroup[];
  total: number;
}

export function group(kind: WorkKind, count: number, items: WorkItem[], moreHref: string | null = null): WorkGroup {
  const info = WORK_KIND_INFO[kind];
  return { kind, label: info.label, ruleId: info.ruleId, count, items: items.slice(0, ITEMS_SHOWN), moreHref };
}

/** Groups in the order of WORK_KINDS, empty ones left out. */
export function workList(asOf: string, scopeLabel: string, groups: WorkGroup[]): WorkList {
  const rank = (g: WorkGroup) => WORK_KINDS.indexOf(g.kind);
  const open = groups.filter((g) => g.count > 0).sort((a, b) => rank(a) - rank(b));
  return { asOf, scopeLabel, groups: open, total: open.reduce((s, g) => s + g.count, 0) };
}

/** Open items per menu item (NAV_ITEMS href), for the badges. */
export function navCounts(list: WorkList): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of list.groups) {
    const area = WORK_KIND_INFO[g.kind].area;
    out[area] = (out[area] ?? 0) + g.count;
  }
  if (list.total > 0) out["/"] = list.total;
  return out;
}
