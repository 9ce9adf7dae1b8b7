// The printed 任免审批表's measures, in millimetres: A4 less 12 mm margins (186 × 273 mm), the
// form's font at 10.5 pt (五号, the smallest the form is ever printed at) with a 5.6 mm line,
// and the column widths of the front, the back and the 续页. The components set exactly these
// sizes (components/approval-form/*), so what is computed here is what prints. Pure.

export const PT_MM = 25.4 / 72;
export const FONT_PT = 10.5;
export const EM_MM = FONT_PT * PT_MM; // 3.704 mm
export const LINE_MM = 5.6;
/** a cell's vertical padding (top + bottom) and horizontal padding (left + right) */
export const PAD_V_MM = 3;
export const PAD_H_MM = 2.4;

/** the page's content box (A4 210 × 297 less 12 mm on every side); a hair short so rounding never adds a page */
export const PAGE_W_MM = 186;
export const PAGE_H_MM = 272.5;
/** the watermark line at the foot of every page */
export const FOOTER_MM = 6;

/** Width of text that fits in a cell `widthMm` wide, in em, with 3 % to spare. */
export function cellEm(widthMm: number): number {
  return Math.floor(((widthMm - PAD_H_MM) / EM_MM) * 0.97 * 10) / 10;
}

/** Height of a cell holding `lines` lines, never under `minMm`. */
export function rowMm(lines: number, minMm: number): number {
  return Math.max(minMm, Math.round((lines * LINE_MM + PAD_V_MM) * 10) / 10);
}

export const LABEL_COL_MM = 20;

export const FRONT = {
  titleMm: 14,
  /** kept free at the foot of the front: the table's borders add a little to its rows */
  slackMm: 4,
  /** 姓名 | 值 | 性别 | 值 | 出生年月 | 值 | 照片 */
  cols: [20, 26, 20, 26, 22, 38, 34],
  basicRowMinMm: 13,
  educationRowMinMm: 15,
  postRowMinMm: 11,
  /** widths of the value cells (merged columns included): row 1–3, row 4, the 学历学位 rows */
  value: { narrow: 26, wide: 38, title: 46, expertise: 60, education: 46, school: 72 },
  /** the 简历 entry's period column: 「2001.09—2005.07」 and a gap */
  periodEm: 10.6,
} as const;

/** Width of the 简历's text beside its period, in em (front and 续页 alike). */
export const RESUME_TEXT_EM = cellEm(PAGE_W_MM - LABEL_COL_MM) - FRONT.periodEm;
/** Width of a full-width text cell (奖惩情况, 任免理由, 现任职务 …), in em. */
export const WIDE_TEXT_EM = cellEm(PAGE_W_MM - LABEL_COL_MM);

export const BACK = {
  topMm: 4,
  /** the label column, then 称谓 | 姓名 | 年龄 | 政治面貌 | 工作单位及职务 */
  familyCols: [20, 16, 20, 13, 22, 95],
  familyHeaderMm: 10,
  familyRowMinMm: 9,
  /** rows the back offers for 家庭主要成员及重要社会关系; more go to the 续页 */
  familyRows: 8,
  rewardsMinMm: 25,
  assessmentsMinMm: 20,
  reasonMinMm: 25,
  /** most lines 奖惩情况 / 任免理由 print on the back before continuing on the 续页 */
  textMaxLines: 8,
  reportingMm: 30,
  /** the opinions' row: at least this, and their text above the 「（盖章）年月日」 block */
  opinionsMinMm: 40,
  stampMm: 16,
  preparedByMm: 8,
  /** kept free on the back, as on the front */
  slackMm: 4,
} as const;

export const CONTINUATION = {
  titleMm: 12,
  nameLineMm: 8,
  headingMm: 8,
} as const;

/** Width of each of the two opinion cells (审批机关意见, 行政机关任免意见) beside their labels. */
export const OPINION_COL_MM = (PAGE_W_MM - 2 * LABEL_COL_MM) / 2;
