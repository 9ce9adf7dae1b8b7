// The text an exported 任免审批表 carries in a cell its exporter's clearance does not cover
// (security labels, 强制访问控制): a person reading the file in the central form editor sees
// the part was held back, not that there is nothing to report (an empty 奖惩情况 reads as
// "无"), and our own import recognises it and leaves the stored value alone. Pure.
import { toHalfWidth } from "./loose-date";

const MARK = "密级不足，未导出";

/** e.g. `（密级不足，未导出；需“高度敏感”密级）` */
export function withheldCellText(levelLabel: string): string {
  return `（${MARK}；需“${levelLabel}”密级）`;
}

/** Whether a cell read from a file is that placeholder (so nothing to import). */
export function isWithheldCell(text: string | null | undefined): boolean {
  return !!text && toHalfWidth(text).includes(toHalfWidth(MARK));
}
