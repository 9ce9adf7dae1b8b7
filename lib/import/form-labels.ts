// Security labels on a 任免审批表 import (强制访问控制): the labelled sets a form carries —
// 奖惩情况 (处分、组织处理) and 年度考核结果 — are taken out of the file's draft when the
// importer's clearance does not cover them, before anything is compared with the record. So
// the dry run shows neither the stored values nor whether the file agrees with them, and the
// write leaves them as they are; the rest of the file imports as usual (a batch tool: one set
// the importer may not touch should not hold back the others). Pure.
import { INFO_SETS, type InfoSet } from "@/lib/authz/clearance";
import { securityLevelLabel } from "@/lib/labels";
import { isWithheldCell } from "@/lib/lrmx/withheld";
import type { LrmxDraft } from "@/lib/lrmx/types";

/** The labelled sets an LRMX/LRM file carries (the format has no 移居国（境）外 or 个人有关事项). */
export const FORM_SETS: readonly InfoSet[] = ["sanctions", "assessmentConclusions"];

const FIELD: Partial<Record<InfoSet, string>> = { sanctions: "奖惩情况", assessmentConclusions: "年度考核结果" };

/** Beside a file's row, and as the report's notice: which field was left alone, and why. */
export function skippedSetMessage(set: InfoSet): string {
  const { label, level } = INFO_SETS[set];
  return `${FIELD[set] ?? label}（${label}）：密级不足，未比对、未导入（需“${securityLevelLabel[level]}”密级）`;
}

function hasRewards(text: string | null): boolean {
  const t = (text ?? "").trim();
  return !!t && t !== "无" && !isWithheldCell(t);
}

/**
 * The draft without the sets in `withheld`, and those of them the file actually had something
 * for (a set the file leaves empty was not refused: nothing to report or audit).
 */
export function withholdFormSets(
  draft: LrmxDraft,
  withheld: readonly InfoSet[],
): { draft: LrmxDraft; skipped: InfoSet[] } {
  const skipped: InfoSet[] = [];
  const out = { ...draft };
  if (withheld.includes("sanctions")) {
    if (hasRewards(draft.rewardsAndPunishments)) skipped.push("sanctions");
    out.rewardsAndPunishments = null;
  }
  if (withheld.includes("assessmentConclusions")) {
    if (draft.assessments.length) skipped.push("assessmentConclusions");
    out.assessments = [];
  }
  return { draft: out, skipped };
}
