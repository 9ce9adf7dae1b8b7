// Validation of a merged parameter set, with Chinese messages naming the bad field by its
// label, its path and the rule it feeds (e.g. a negative age, a ratio above 1).
import type { z } from "zod";
import type { RuleId } from "../registry/rule-ids";
import { PARAM_META, POLICY_PARAMS_SCHEMA } from "./params";
import type { PolicyParams } from "./params";
import type { ProfileIssue } from "./types";

type ZodIssue = z.core.$ZodIssue;

const EXPECTED_ZH: Record<string, string> = {
  number: "数字",
  string: "文字",
  boolean: "是/否",
  array: "列表",
  object: "参数组",
};

function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `类型错误，应为${EXPECTED_ZH[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return "取值无效";
    case "unrecognized_keys":
      return "未知参数";
    default:
      return "取值无效";
  }
}

/** Builds the Chinese message for one bad field. */
export function paramIssue(path: string, reason: string): ProfileIssue {
  const metaPath = path.replace(/^params\./, "").replace(/\.\d+(?=\.|$)/g, "");
  const meta = PARAM_META[metaPath];
  const ruleIds: RuleId[] = meta ? [...meta.ruleIds] : [];
  const label = meta?.label ?? null;
  const where = label
    ? `参数“${label}”（${path}${ruleIds.length ? `，规则 ${ruleIds.join("、")}` : ""}）`
    : `参数 ${path}`;
  return { path, label, ruleIds, message: `${where}：${reason}` };
}

function toIssues(issue: ZodIssue): ProfileIssue[] {
  const base = ["params", ...issue.path.map(String)].join(".");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => paramIssue(`${base}.${k}`, "未知参数（请检查拼写）"));
  }
  return [paramIssue(base, issue.message)];
}

/** Cross-field consistency the schema cannot express. */
function crossFieldIssues(p: PolicyParams): ProfileIssue[] {
  const out: ProfileIssue[] = [];
  if (p.sx.downReviewMinYears > p.sx.downReviewMaxYears) {
    out.push(paramIssue("params.sx.downReviewMinYears", "专项考核最早年限不能晚于最迟年限"));
  }
  if (p.d20.staffing.head3yStreets + p.d20.staffing.head3yDepts > p.d20.staffing.head3yTotal) {
    out.push(paramIssue("params.d20.staffing.head3yTotal", "总数不能少于街道与区直党政部门之和"));
  }
  return out;
}

export function validateParams(
  merged: unknown,
): { ok: true; params: PolicyParams } | { ok: false; issues: ProfileIssue[] } {
  const parsed = POLICY_PARAMS_SCHEMA.safeParse(merged, { error: (iss) => fallbackMessage(iss) });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(toIssues) };
  const cross = crossFieldIssues(parsed.data);
  return cross.length ? { ok: false, issues: cross } : { ok: true, params: parsed.data };
}
