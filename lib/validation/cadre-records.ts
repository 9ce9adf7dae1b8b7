// zod schemas of the parts of a cadre's record edited on their own: education, appointments,
// annual assessments. Shared by the forms and the server actions. Records are closed (an
// appointment gets an end date), never deleted.
import { z } from "zod";
import { APPOINTMENT_END_REASONS } from "@/lib/labels/cadre-record-values";
import { ASSESSMENT_GRADES, DEGREES, EDUCATION_LEVELS } from "@/lib/rules/model/enums";
import { optionalDate, optionalText, requiredDate } from "./cadre";

const ref = {
  cadreId: z.string().min(1).max(40),
  /** absent when adding a record */
  id: z.string().max(40).optional(),
  version: z.number().int().min(1).optional(),
};

export const educationSchema = z
  .object({
    ...ref,
    level: z.enum(EDUCATION_LEVELS, { error: "请选择学历" }),
    degree: z.enum(DEGREES, { error: "请选择学位" }),
    fullTime: z.boolean(),
    school: z.string({ error: "请填写毕业院校" }).trim().min(2, "请填写毕业院校").max(40, "院校名称不超过40个字"),
    major: optionalText(40, "专业"),
    startDate: optionalDate("入学时间"),
    graduationDate: optionalDate("毕业时间"),
    /** 学科门类 of the degree (经济学 for 经济学学士); the 985/211/双一流 flags come from the 院校代码表 */
    degreeDiscipline: optionalText(20, "学位的学科门类"),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.graduationDate && v.graduationDate <= v.startDate) {
      ctx.addIssue({ code: "custom", path: ["graduationDate"], message: "毕业时间应晚于入学时间" });
    }
    if (v.id && v.version === undefined)
      ctx.addIssue({ code: "custom", path: ["version"], message: "缺少版本号，请刷新后重试" });
  });

export const appointmentSchema = z
  .object({
    ...ref,
    postId: z.string({ error: "请选择职位" }).min(1, "请选择职位").max(40),
    startDate: requiredDate("任职时间"),
    endDate: optionalDate("离任时间"),
    endReason: z.union([z.literal(""), z.enum(APPOINTMENT_END_REASONS)]).default(""),
    documentNo: optionalText(60, "任职文号"),
    note: optionalText(200, "备注"),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "离任时间不能早于任职时间" });
    if (v.endDate && !v.endReason) ctx.addIssue({ code: "custom", path: ["endReason"], message: "请选择离任方式" });
    if (!v.endDate && v.endReason)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "选择了离任方式，请填写离任时间" });
    if (v.id && v.version === undefined)
      ctx.addIssue({ code: "custom", path: ["version"], message: "缺少版本号，请刷新后重试" });
  });

export const assessmentSchema = z
  .object({
    ...ref,
    year: z
      .number({ error: "请填写考核年度" })
      .int("考核年度应为整数")
      .min(1980, "考核年度不早于1980年")
      .max(2100, "考核年度无效"),
    grade: z.enum(ASSESSMENT_GRADES, { error: "请选择考核等次" }),
    note: optionalText(200, "备注"),
  })
  .superRefine((v, ctx) => {
    if (v.id && v.version === undefined)
      ctx.addIssue({ code: "custom", path: ["version"], message: "缺少版本号，请刷新后重试" });
  });

export type EducationInput = z.input<typeof educationSchema>;
export type AppointmentInput = z.input<typeof appointmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;
