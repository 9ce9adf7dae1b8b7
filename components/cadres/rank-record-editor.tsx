"use client";
// 职务层次与职级记录: the cadre's periods of a 职务层次 or 职级, with 补录 of earlier periods and
// correction or 作废 of closed ones. The open (current) period is listed but changed only through
// the basic form (任现职务层次/职级及时间), which closes it and opens the next.
import { archiveRecordAction, saveRankRecordAction } from "@/app/(app)/cadres/file-actions";
import { gradeLabel, rankLabel } from "@/lib/labels";
import { GRADES, RANKS } from "@/lib/rules/model/enums";
import { rankRecordSchema } from "@/lib/validation/rank-records";
import { RecordEditor, type EditableRecord } from "./record-editor";

export function RankRecordEditor({ cadreId, records }: { cadreId: string; records: EditableRecord[] }) {
  return (
    <RecordEditor
      prefix="rank-record"
      title="职务层次与职级记录"
      hint="补录以前的任职务层次、职级时间（计算任职年限，如提任所需的下级岗位年限）；现任的一条在基本信息中修改，同类记录时间不能重叠"
      cadreId={cadreId}
      schema={rankRecordSchema}
      action={saveRankRecordAction}
      records={records}
      archive={{ action: archiveRecordAction, kind: "RankRecord" }}
      blank={{ rank: "", grade: "", startDate: "", endDate: "", documentNo: "", note: "" }}
      fields={[
        {
          key: "rank",
          label: "职务层次",
          type: "select",
          options: RANKS.map((r) => ({ value: r, label: rankLabel[r] })),
          placeholder: "—",
        },
        {
          key: "grade",
          label: "职级",
          type: "select",
          options: GRADES.map((g) => ({ value: g, label: gradeLabel[g] })),
          placeholder: "—",
        },
        { key: "startDate", label: "起始时间", type: "date" },
        { key: "endDate", label: "截止时间", type: "date" },
        { key: "documentNo", label: "文号", type: "text" },
        { key: "note", label: "备注", type: "textarea" },
      ]}
    />
  );
}
