// One roster row as the browser receives it: display-ready strings (labels, 出生年月, masked
// 身份证号), never the raw record, and only for the page being shown.
import type { RosterColumn } from "@/lib/validation/roster-query";

export interface RosterRow {
  id: string;
  name: string;
  gender: string;
  /** 出生年月 1988.05 */
  birthDate: string;
  /** 周岁 on the query's reference date */
  age: number;
  ethnicity: string;
  politicalStatus: string;
  unit: string;
  unitType: string;
  currentPostTitle: string;
  rank: string;
  grade: string;
  /** highest full-time education */
  education: string;
  elite: string;
  domains: string;
  /** open pool entries' tiers */
  pool: string;
  status: string;
  workStartDate: string;
  partyJoinDate: string;
  /** masked unless revealed for an export by a role allowed to */
  idNumber: string;
}

/** One page without its total: whether a next page exists is known from the page's statement. */
export interface RosterView {
  rows: RosterRow[];
  page: number;
  pageSize: number;
  hasNext: boolean;
  /** the reference date ages are computed on, YYYY-MM-DD */
  asOf: string;
}

export interface RosterPage extends RosterView {
  total: number;
  pageCount: number;
}

export const ROSTER_COLUMN_LABELS: Record<RosterColumn, string> = {
  name: "姓名",
  gender: "性别",
  birthDate: "出生年月",
  age: "年龄",
  ethnicity: "民族",
  politicalStatus: "政治面貌",
  unit: "单位",
  unitType: "单位类别",
  currentPostTitle: "现任职务",
  rank: "职务层次",
  grade: "职级",
  education: "全日制学历",
  elite: "985/211",
  domains: "熟悉领域",
  pool: "在库",
  status: "状态",
  workStartDate: "参加工作时间",
  partyJoinDate: "入党时间",
  idNumber: "身份证号",
};
