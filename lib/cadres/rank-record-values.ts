// 职务层次与职级记录 → the rows the editor shows (dates YYYY-MM-DD, "" for empty), oldest first.
// An open period (no end) is the cadre's current 职务层次/职级: listed, not editable here — it
// follows the basic form (rank/rankSince, grade/gradeSince) through the database trigger.
import type { EditableRecord } from "@/components/cadres/record-editor";
import { formatDate } from "@/lib/format/dates";
import { gradeLabel, rankLabel } from "@/lib/labels";
import type { CadreView } from "@/lib/server/cadres/profile";
import { iso } from "./form-values";

export const CURRENT_PERIOD_NOTE = "现任，在基本信息中修改";

export function rankRecordRows(c: CadreView): EditableRecord[] {
  return c.rankRecords.map((r) => ({
    id: r.id,
    version: r.version,
    summary: [
      r.rank ? rankLabel[r.rank] : "",
      r.grade ? gradeLabel[r.grade] : "",
      `${r.startDate ? formatDate(r.startDate) : "（起始时间未录入）"}${r.endDate ? ` 至 ${formatDate(r.endDate)}` : " 至今"}`,
      r.documentNo ?? "",
      r.note ?? "",
    ]
      .filter(Boolean)
      .join(" "),
    values: {
      rank: r.rank ?? "",
      grade: r.grade ?? "",
      startDate: iso(r.startDate),
      endDate: iso(r.endDate),
      documentNo: r.documentNo ?? "",
      note: r.note ?? "",
    },
    ...(r.endDate ? {} : { readOnly: CURRENT_PERIOD_NOTE }),
  }));
}
