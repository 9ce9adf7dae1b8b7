// A value of AuditLog.diff as an auditor reads it: enum codes by their Chinese labels (the same
// tables as every page, lib/labels), dates as 2026.11.22 (times in Beijing time), 是/否, and the
// few reason codes the sign-in and refusal rows store.
import {
  appointmentEndReasonLabel,
  assessmentGradeLabel,
  cadreStatusLabel,
  degreeLabel,
  educationLevelLabel,
  establishmentTypeLabel,
  familyRelationLabel,
  genderLabel,
  gradeLabel,
  healthStatusLabel,
  nominationStageLabel,
  poolExitReasonLabel,
  keyPostKindLabel,
  poolReadinessLabel,
  poolReviewConclusionLabel,
  poolSourceLabel,
  poolTierLabel,
  politicalStatusLabel,
  rankLabel,
  recommendationMethodLabel,
  roleLabel,
  sanctionKindLabel,
  staffingMoveKindLabel,
  staffingPlanStatusLabel,
  securityLevelLabel,
  unitTypeLabel,
  meetingItemResultLabel,
  meetingKindLabel,
  meetingPurposeLabel,
  meetingStatusLabel,
  voteChoiceLabel,
  votingKindLabel,
  voterCategoryLabel,
  ballotChoiceLabel,
} from "@/lib/labels";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { verdictOutcomeLabel } from "@/lib/rules/labels";
import { INFO_SETS } from "@/lib/authz/clearance";
import { auditActionLabel } from "./action-label";
import { fieldLabel } from "./field-label";

const INFO_SET_LABEL: Record<string, string> = Object.fromEntries(
  Object.entries(INFO_SETS).map(([set, { label }]) => [set, label]),
);

type Labels = Record<string, string>;

// The permission a refused page asked for (page.denied rows: { resource, action, path }).
const RESOURCE_LABEL: Labels = {
  self: "本人账号",
  cadre: "干部信息",
  idNumber: "身份证号",
  pool: "干部库",
  nomination: "推荐",
  development: "培养锻炼",
  unit: "单位与班子",
  dashboard: "统计分析",
  audit: "审计日志",
  account: "账号管理",
  role: "授权",
  recusal: "回避登记",
  secondFactor: "动态口令",
  securitySettings: "安全策略",
  policy: "政策配置",
  settings: "系统设置",
  staffingPlan: "模拟调配",
};
const PERMISSION_LABEL: Labels = {
  read: "查看",
  create: "新增",
  update: "修改",
  import: "导入",
  export: "导出",
  print: "打印",
  reveal: "查看完整信息",
  transition: "推进程序",
  manage: "管理",
};

// The field decides where one code means different things (grade: 职级 of a cadre or 考核等次).
const BY_FIELD: Record<string, Labels[]> = {
  gender: [genderLabel],
  politicalStatus: [politicalStatusLabel],
  rank: [rankLabel],
  grade: [gradeLabel, assessmentGradeLabel],
  establishmentType: [establishmentTypeLabel],
  status: [cadreStatusLabel, staffingPlanStatusLabel],
  health: [healthStatusLabel],
  level: [educationLevelLabel],
  degree: [degreeLabel],
  tier: [poolTierLabel],
  source: [poolSourceLabel],
  exitReason: [poolExitReasonLabel],
  conclusion: [poolReviewConclusionLabel],
  readiness: [poolReadinessLabel],
  keyPostKinds: [keyPostKindLabel],
  method: [recommendationMethodLabel],
  stage: [nominationStageLabel],
  fromStage: [nominationStageLabel],
  toStage: [nominationStageLabel],
  role: [roleLabel],
  clearance: [securityLevelLabel],
  securityLevel: [securityLevelLabel],
  infoSet: [INFO_SET_LABEL],
  label: [securityLevelLabel],
  relation: [familyRelationLabel],
  endReason: [appointmentEndReasonLabel],
  kind: [sanctionKindLabel, staffingMoveKindLabel],
  type: [unitTypeLabel],
  resource: [RESOURCE_LABEL],
  action: [PERMISSION_LABEL],
};
// Codes no field above claims (meetings, voting …) are looked up in every table.
const ALL: Labels[] = [
  ...new Set([
    ...Object.values(BY_FIELD).flat(),
    meetingItemResultLabel,
    meetingKindLabel,
    meetingPurposeLabel,
    meetingStatusLabel,
    voteChoiceLabel,
    votingKindLabel,
    voterCategoryLabel,
    ballotChoiceLabel,
    verdictOutcomeLabel,
  ]),
];

/** Why a sign-in, a step-up or a read was refused (the `reason` the writers store). */
export const AUDIT_REASON_LABEL: Record<string, string> = {
  "wrong-password": "密码错误",
  "unknown-user": "用户名不存在",
  locked: "账号已锁定",
  throttled: "尝试过于频繁，已限流",
  "one-time-password-expired": "一次性密码已过期",
  "no-role": "账号未授予角色",
  "totp-missing": "未输入动态口令",
  "totp-wrong": "动态口令错误",
  "totp-replay": "动态口令重复使用",
  "recovery-wrong": "恢复码错误",
  "recovery-replay": "恢复码重复使用",
  "no-permission": "无此权限",
  "no-clearance": "密级不足",
  "no-fresh-step-up": "未在 5 分钟内完成二次验证",
  "no-second-factor": "未绑定动态口令",
  "own-account": "不能变更本人账号",
  missing: "不存在",
  outOfScope: "不在管理范围内",
  recused: "须回避",
  disabled: "账号已停用",
  expired: "账号已过有效期",
  inactive: "长期未使用",
};

function reasonText(code: string): string | undefined {
  if (AUDIT_REASON_LABEL[code]) return AUDIT_REASON_LABEL[code];
  const locked = code.endsWith("-locked") ? AUDIT_REASON_LABEL[code.slice(0, -"-locked".length)] : undefined;
  return locked ? `${locked}（已锁定账号）` : undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/;

function dateText(s: string): string {
  const d = new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
  if (Number.isNaN(d.getTime())) return s;
  // A DATE column arrives as UTC midnight: a calendar day, not an instant.
  return s.length === 10 || s.endsWith("T00:00:00.000Z") ? formatDate(d) : formatDateTime(d, { seconds: true });
}

/** One value of a diff (a `from`, a `to`, or an added word such as `reason`), for `field`. */
export function auditValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "（空）";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number" || typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.length ? value.map((v) => auditValueText(field, v)).join("、") : "（空）";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== "")
      .map(([k, v]) => `${fieldLabel(k)}：${auditValueText(k, v)}`)
      .join("；");
  }
  const s = String(value);
  if (field === "reason") return reasonText(s) ?? s;
  // what a read was for: an action code (nomination.check), named as the action list names it
  if (field === "purpose") return auditActionLabel(s);
  for (const table of BY_FIELD[field] ?? []) if (table[s]) return table[s];
  if (/^[A-Z][A-Z0-9_]+$/.test(s)) for (const table of ALL) if (table[s]) return table[s];
  if (ISO.test(s)) return dateText(s);
  return s;
}
