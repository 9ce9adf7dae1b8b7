import { z } from "zod";
import { PracticeKind } from "@/lib/domain/enums";
import { dayField, idField, optionalDayField, optionalTextField, textField, versionField } from "./common";

export const DUNMIAO_ROLES = ["SECRETARY", "HEAD", "DEPUTY_SECRETARY"] as const;

const practiceBase = z.object({
  kind: z.enum(PracticeKind, { error: "请选择锻炼方式" }),
  /** for 墩苗: the post the cadre is sent to, which selects the SX-DOWN-RANK ranks */
  dunmiaoRole: z.enum(DUNMIAO_ROLES).optional(),
  hostUnitId: optionalTextField("接收单位", 64),
  hostUnitName: optionalTextField("接收单位名称", 100),
  role: textField("挂任职务或工作内容", 100),
  startDate: dayField("开始日期"),
  plannedEndDate: optionalDayField("计划结束日期"),
  actualEndDate: optionalDayField("实际结束日期"),
  hostEvaluation: optionalTextField("接收单位评价", 2000),
  specialAssessment: optionalTextField("专项考核结果", 2000),
  specialAssessedOn: optionalDayField("专项考核日期"),
  /** why the posting goes ahead despite the warnings of the 墩苗 check */
  overrideReason: optionalTextField("理由", 500),
});

type Base = z.infer<typeof practiceBase>;

function refinements(v: Base, ctx: z.RefinementCtx) {
  const after = (d: unknown) => d instanceof Date && v.startDate instanceof Date && d.getTime() < v.startDate.getTime();
  if (after(v.plannedEndDate))
    ctx.addIssue({ code: "custom", path: ["plannedEndDate"], message: "计划结束日期不能早于开始日期" });
  if (after(v.actualEndDate))
    ctx.addIssue({ code: "custom", path: ["actualEndDate"], message: "实际结束日期不能早于开始日期" });
  if (!v.hostUnitId && !v.hostUnitName)
    ctx.addIssue({ code: "custom", path: ["hostUnitName"], message: "请选择接收单位或填写单位名称" });
  if (v.specialAssessment && !v.specialAssessedOn)
    ctx.addIssue({ code: "custom", path: ["specialAssessedOn"], message: "请填写专项考核日期" });
  if (v.specialAssessedOn && !v.specialAssessment)
    ctx.addIssue({ code: "custom", path: ["specialAssessment"], message: "请填写专项考核结果" });
}

// A new 墩苗 names the post it goes to (the check needs it); an edit asks for it only when a
// posting becomes a 墩苗 (lib/server/development/practices.ts).
export const createPracticeSchema = practiceBase.extend({ cadreId: idField }).superRefine((v, ctx) => {
  refinements(v, ctx);
  if (v.kind === "DUNMIAO" && !v.dunmiaoRole)
    ctx.addIssue({ code: "custom", path: ["dunmiaoRole"], message: "请选择墩苗任职岗位" });
});
export const updatePracticeSchema = practiceBase
  .extend({ id: idField, version: versionField })
  .superRefine(refinements);

export type PracticeFields = z.infer<typeof practiceBase>;
