"use client";
// The three record editors of the edit page, each bound to its action and zod schema.
import { saveAppointmentAction, saveAssessmentAction, saveEducationAction } from "@/app/(app)/cadres/actions";
import { APPOINTMENT_END_REASONS } from "@/lib/labels/cadre-record-values";
import { appointmentEndReasonLabel, assessmentGradeLabel, degreeLabel, educationLevelLabel } from "@/lib/labels";
import { ASSESSMENT_GRADES, DEGREES, EDUCATION_LEVELS } from "@/lib/rules/model/enums";
import { appointmentSchema, assessmentSchema, educationSchema } from "@/lib/validation/cadre-records";
import { RecordEditor, type EditableRecord } from "./record-editor";

const opts = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((v) => ({ value: v, label: labels[v] }));

export function EducationEditor({ cadreId, records }: { cadreId: string; records: EditableRecord[] }) {
  return (
    <RecordEditor
      prefix="edu"
      title="学历学位"
      cadreId={cadreId}
      schema={educationSchema}
      action={saveEducationAction}
      records={records}
      blank={{
        level: "",
        degree: "NONE",
        fullTime: true,
        school: "",
        major: "",
        startDate: "",
        graduationDate: "",
        degreeDiscipline: "",
      }}
      fields={[
        {
          key: "level",
          label: "学历",
          type: "select",
          options: opts(EDUCATION_LEVELS, educationLevelLabel),
          placeholder: "请选择",
        },
        { key: "degree", label: "学位", type: "select", options: opts(DEGREES, degreeLabel) },
        { key: "degreeDiscipline", label: "学位的学科门类（如经济学、工商管理）", type: "text" },
        { key: "school", label: "毕业院校（系）", type: "text" },
        { key: "major", label: "专业", type: "text" },
        { key: "startDate", label: "入学时间", type: "date" },
        { key: "graduationDate", label: "毕业时间", type: "date" },
        { key: "fullTime", label: "全日制教育", type: "checkbox" },
      ]}
    />
  );
}

export function AppointmentEditor({
  cadreId,
  records,
  units,
  posts,
}: {
  cadreId: string;
  records: EditableRecord[];
  units: { id: string; name: string }[];
  posts: { id: string; unitId: string; title: string }[];
}) {
  return (
    <RecordEditor
      prefix="appt"
      title="任职经历"
      cadreId={cadreId}
      schema={appointmentSchema}
      action={saveAppointmentAction}
      records={records}
      blank={{
        unitId: units.length === 1 ? units[0].id : "",
        postId: "",
        startDate: "",
        endDate: "",
        endReason: "",
        documentNo: "",
        note: "",
      }}
      fields={[
        {
          key: "unitId",
          label: "单位",
          type: "select",
          options: units.map((u) => ({ value: u.id, label: u.name })),
          placeholder: "请选择单位",
        },
        {
          key: "postId",
          label: "职位",
          type: "select",
          options: posts.map((p) => ({ value: p.id, label: p.title, group: p.unitId })),
          placeholder: "请选择职位",
          filterBy: "unitId",
        },
        { key: "startDate", label: "任职时间", type: "date" },
        { key: "documentNo", label: "任职文号", type: "text" },
        { key: "endDate", label: "离任时间（在任留空）", type: "date" },
        {
          key: "endReason",
          label: "离任方式",
          type: "select",
          options: opts(APPOINTMENT_END_REASONS, appointmentEndReasonLabel),
          placeholder: "—",
        },
        { key: "note", label: "备注", type: "text" },
      ]}
    />
  );
}

export function AssessmentEditor({
  cadreId,
  records,
  defaultYear,
}: {
  cadreId: string;
  records: EditableRecord[];
  defaultYear: number;
}) {
  return (
    <RecordEditor
      prefix="assess"
      title="年度考核"
      label="assessmentConclusions"
      cadreId={cadreId}
      schema={assessmentSchema}
      action={saveAssessmentAction}
      records={records}
      blank={{ year: defaultYear, grade: "", note: "" }}
      fields={[
        { key: "year", label: "考核年度", type: "number" },
        {
          key: "grade",
          label: "考核等次",
          type: "select",
          options: opts(ASSESSMENT_GRADES, assessmentGradeLabel),
          placeholder: "请选择",
        },
        { key: "note", label: "备注", type: "text" },
      ]}
    />
  );
}
