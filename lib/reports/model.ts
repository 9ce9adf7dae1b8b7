// A statistics report as both the page and the workbook render it: one model, so the Excel file
// and the screen cannot disagree (the e2e test reads both). Pure data, no DB.
import type { UnitType } from "@/lib/rules";

export type Cell = string | number | null;

export interface ReportTable {
  /** the worksheet's name (≤ 31 characters) and the table's caption on screen */
  name: string;
  /** column headers with the thresholds written in ("35岁及以下（1990.12.06后出生）") */
  headers: string[];
  rows: Cell[][];
  /** rows under the body: 合计, and where a target has them, 应有 and 缺口 */
  totals: Cell[][];
  /** what the figures mean, printed under the table */
  notes?: string[];
}

export interface ReportModel {
  key: ReportKey;
  title: string;
  /** YYYY-MM-DD */
  asOf: string;
  /** null: the district; else one unit type */
  unitType: UnitType | null;
  /** 全区 or the unit type's name */
  scopeLabel: string;
  profile: { key: string; name: string; version: number };
  tables: ReportTable[];
}

export const REPORT_KEYS = ["teams", "young-cadres", "diversity", "pool", "training"] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

export const REPORT_TITLES: Record<ReportKey, string> = {
  teams: "领导班子和领导干部情况",
  "young-cadres": "年轻干部配备情况",
  diversity: "女干部、少数民族干部、党外干部配备情况",
  pool: "优秀年轻干部库结构",
  training: "培训情况",
};

export const REPORT_SUMMARIES: Record<ReportKey, string> = {
  teams: "各类单位领导班子的职数核定、实配、空缺、超配，成员的年龄、性别、民族、政治面貌、学历和职务层次。",
  "young-cadres": "每个街道、区直单位班子对照 D20-ST-* 配备目标的应有、实有和缺口，第二张表列出每个数字背后的人员。",
  diversity: "班子中的女干部、少数民族干部和党外干部，以及干部库的相应结构目标。",
  pool: "在库干部按层级、年龄、性别、学历和熟悉领域的分布，当年入库、出库和年度研判情况。",
  training: "在库干部当年培训学时与要求的对照、近三年脱产政治训练情况（WS-*）。",
};
