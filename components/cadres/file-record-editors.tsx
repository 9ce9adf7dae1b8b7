"use client";
// The editors of 家庭主要成员, 处分/组织处理 and 个人有关事项报告, each bound to its action and zod
// schema, with 作废 per row. The labelled ones are rendered by the page only for a cleared
// editor; a relative's 移居国（境）外 fields only when `withAbroad` (familyAbroad clearance).
import {
  archiveRecordAction,
  saveFamilyMemberAction,
  savePersonalMattersAction,
  saveSanctionAction,
} from "@/app/(app)/cadres/file-actions";
import type { Gender } from "@/lib/domain/enums";
import {
  familyRelationLabelFor,
  personalMattersCheckLabel,
  politicalStatusLabel,
  SANCTION_KIND_GROUPS,
  sanctionKindLabel,
} from "@/lib/labels";
import { FAMILY_RELATIONS, POLITICAL_STATUSES } from "@/lib/rules/model/enums";
import {
  familyMemberSchema,
  PERSONAL_MATTERS_CHECKS,
  personalMattersSchema,
  sanctionSchema,
} from "@/lib/validation/cadre-file-records";
import { RecordEditor, type EditableRecord, type FieldSpec } from "./record-editor";

const archive = (kind: string) => ({ action: archiveRecordAction, kind });

export function FamilyEditor({
  cadreId,
  gender,
  records,
  withAbroad,
}: {
  cadreId: string;
  gender: Gender;
  records: EditableRecord[];
  withAbroad: boolean;
}) {
  const fields: FieldSpec[] = [
    {
      key: "relation",
      label: "称谓",
      type: "select",
      options: FAMILY_RELATIONS.map((r) => ({ value: r, label: familyRelationLabelFor(r, gender) })),
      placeholder: "请选择",
    },
    { key: "name", label: "姓名", type: "text" },
    { key: "birthDate", label: "出生日期", type: "date" },
    {
      key: "politicalStatus",
      label: "政治面貌",
      type: "select",
      options: POLITICAL_STATUSES.map((p) => ({ value: p, label: politicalStatusLabel[p] })),
      placeholder: "—",
    },
    { key: "workplaceAndPost", label: "工作单位及职务", type: "text" },
    { key: "sortOrder", label: "排序（小的在前）", type: "number" },
    { key: "deceased", label: "已故", type: "checkbox" },
  ];
  if (withAbroad)
    fields.push(
      { key: "emigrated", label: "已移居国（境）外", type: "checkbox" },
      { key: "emigratedTo", label: "移居国家（地区）", type: "text" },
      { key: "emigratedOn", label: "移居时间", type: "date" },
    );
  return (
    <RecordEditor
      prefix="family"
      title="家庭主要成员"
      hint={withAbroad ? "移居国（境）外情况为高度敏感信息；配偶、子女移居情况参与研判（ZZ15-EXCL）" : undefined}
      cadreId={cadreId}
      schema={familyMemberSchema}
      action={saveFamilyMemberAction}
      records={records}
      archive={archive("FamilyMember")}
      blank={{
        relation: "",
        name: "",
        birthDate: "",
        politicalStatus: "",
        workplaceAndPost: "",
        sortOrder: records.length,
        deceased: false,
        ...(withAbroad ? { emigrated: false, emigratedTo: "", emigratedOn: "" } : {}),
      }}
      fields={fields}
    />
  );
}

export function SanctionEditor({ cadreId, records }: { cadreId: string; records: EditableRecord[] }) {
  return (
    <RecordEditor
      prefix="sanction"
      title="处分、组织处理"
      label="sanctions"
      hint="影响期内不得列为考察对象（ZZ15-EXCL）；影响期截止日留空按仍在影响期处理"
      cadreId={cadreId}
      schema={sanctionSchema}
      action={saveSanctionAction}
      records={records}
      archive={archive("Sanction")}
      blank={{
        kind: "",
        decidedOn: "",
        effectEndsOn: "",
        authority: "",
        reason: "",
        tolerated: false,
        revokedAt: "",
      }}
      fields={[
        {
          key: "kind",
          label: "种类",
          type: "select",
          options: SANCTION_KIND_GROUPS.flatMap((g) =>
            g.kinds.map((k) => ({ value: k, label: `${g.label}：${sanctionKindLabel[k]}` })),
          ),
          placeholder: "请选择",
        },
        { key: "decidedOn", label: "决定时间", type: "date" },
        { key: "effectEndsOn", label: "影响期截止日", type: "date" },
        { key: "authority", label: "决定机关", type: "text" },
        { key: "reason", label: "事由", type: "textarea" },
        { key: "revokedAt", label: "撤销时间（未撤销留空）", type: "date" },
        { key: "tolerated", label: "经认定容错免责", type: "checkbox" },
      ]}
    />
  );
}

export function PersonalMattersEditor({
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
      prefix="pmr"
      title="个人有关事项报告"
      label="personalMatters"
      hint="查核发现漏报、瞒报的，不得提拔或列为后备（ZZ15-PMR）"
      cadreId={cadreId}
      schema={personalMattersSchema}
      action={savePersonalMattersAction}
      records={records}
      archive={archive("PersonalMattersReport")}
      blank={{ year: defaultYear, submittedOn: "", checkResult: "UNCHECKED", note: "" }}
      fields={[
        { key: "year", label: "报告年度", type: "number" },
        { key: "submittedOn", label: "报告时间", type: "date" },
        {
          key: "checkResult",
          label: "查核结果",
          type: "select",
          options: PERSONAL_MATTERS_CHECKS.map((c) => ({ value: c, label: personalMattersCheckLabel[c] })),
        },
        { key: "note", label: "情况说明", type: "textarea" },
      ]}
    />
  );
}
