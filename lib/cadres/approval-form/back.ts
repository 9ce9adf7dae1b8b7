// The back of the 任免审批表: 奖惩情况, 年度考核结果 and 任免理由 (each up to BACK.textMaxLines
// lines; a longer text continues on the 续页), then as many rows of 家庭主要成员及重要社会关系
// as the form has (BACK.familyRows) and the page holds — the others go to the 续页, none is
// dropped — and the 呈报单位 / 审批机关意见 / 行政机关任免意见 cells, which take what is left. Pure.
import type { FamilyItem, FormContent } from "./content";
import { BACK, cellEm, FOOTER_MM, LINE_MM, OPINION_COL_MM, PAD_V_MM, PAGE_H_MM, rowMm, WIDE_TEXT_EM } from "./geometry";
import { wrapText } from "./metrics";

export const CONTINUED_MARK = "（下转续页）";

export interface FamilyRowLayout {
  cells: [string[], string[], string[], string[], string[]];
  heightMm: number;
}

export interface TextCell {
  lines: string[];
  /** lines continued on the 续页 */
  rest: string[];
  heightMm: number;
}

export interface BackLayout {
  rewards: TextCell | null;
  assessments: TextCell | null;
  reason: TextCell;
  family: FamilyRowLayout[];
  familyRest: FamilyRowLayout[];
  /** ruled empty rows under the members when the back has room (the official form has them) */
  blankRows: number;
  opinionsMm: number;
}

export function familyRow(f: FamilyItem): FamilyRowLayout {
  const widths = BACK.familyCols.slice(1);
  const values = [f.relation, f.name, f.age, f.politicalStatus, f.workplace];
  const cells = values.map((v, i) => wrapText(v, cellEm(widths[i]))) as FamilyRowLayout["cells"];
  return { cells, heightMm: rowMm(Math.max(1, ...cells.map((c) => c.length)), BACK.familyRowMinMm) };
}

function textCell(text: string, maxLines: number, minMm: number): TextCell {
  const all = wrapText(text, WIDE_TEXT_EM);
  if (all.length <= maxLines) return { lines: all, rest: [], heightMm: rowMm(Math.max(1, all.length), minMm) };
  const lines = [...all.slice(0, maxLines - 1), CONTINUED_MARK];
  return { lines, rest: all.slice(maxLines - 1), heightMm: rowMm(maxLines, minMm) };
}

export function layoutBack(c: FormContent): BackLayout {
  const rewards = c.rewards === null ? null : textCell(c.rewards, BACK.textMaxLines, BACK.rewardsMinMm);
  const assessments = c.assessments === null ? null : textCell(c.assessments, 3, BACK.assessmentsMinMm);
  const reason = textCell(c.reason, BACK.textMaxLines, BACK.reasonMinMm);
  const opinionLines = Math.max(
    ...[c.approvalOpinion, c.administrativeOpinion].map((t) => wrapText(t, cellEm(OPINION_COL_MM)).length),
  );
  const opinionsMinMm = Math.max(BACK.opinionsMinMm, opinionLines * LINE_MM + PAD_V_MM + BACK.stampMm);
  const fixed =
    BACK.topMm +
    (rewards?.heightMm ?? BACK.rewardsMinMm) +
    (assessments?.heightMm ?? BACK.assessmentsMinMm) +
    reason.heightMm +
    BACK.familyHeaderMm +
    BACK.reportingMm +
    opinionsMinMm +
    BACK.preparedByMm +
    BACK.slackMm;
  let room = PAGE_H_MM - FOOTER_MM - fixed;
  const rows = c.family.map(familyRow);
  const family: FamilyRowLayout[] = [];
  while (family.length < rows.length && family.length < BACK.familyRows && rows[family.length].heightMm <= room) {
    room -= rows[family.length].heightMm;
    family.push(rows[family.length]);
  }
  // the rows the form offers are drawn even when empty (the official form has them ruled)
  const blankRows =
    family.length < rows.length
      ? 0
      : Math.max(0, Math.min(BACK.familyRows - family.length, Math.floor(room / BACK.familyRowMinMm)));
  room -= blankRows * BACK.familyRowMinMm;
  return {
    rewards,
    assessments,
    reason,
    family,
    familyRest: rows.slice(family.length),
    blankRows,
    opinionsMm: Math.round((opinionsMinMm + room) * 10) / 10,
  };
}
