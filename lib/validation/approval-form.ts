// zod schemas of the 任免审批表's second half (ApprovalForm: 拟任/拟免职务, 任免理由, 呈报单位 and
// its date, the two opinions, 填表人/填表时间, 计算年龄时间) and of a nomination's 拟任/拟免/任免理由.
// Messages in Chinese beside each field.
import { z } from "zod";
import { optionalDate, optionalText } from "./cadre";

export const approvalFormSchema = z.object({
  cadreId: z.string().min(1).max(40),
  /** the form's version as the user saw it; 0 while the cadre had no form (the first save creates it) */
  version: z.number({ error: "缺少版本号，请刷新后重试" }).int().min(0),
  proposedPost: optionalText(200, "拟任职务"),
  proposedRemoval: optionalText(200, "拟免职务"),
  reason: optionalText(2000, "任免理由"),
  reportingUnit: optionalText(100, "呈报单位"),
  reportedOn: optionalDate("呈报日期"),
  approvalOpinion: optionalText(200, "审批机关意见"),
  administrativeOpinion: optionalText(200, "行政机关任免意见"),
  preparedBy: optionalText(40, "填表人"),
  preparedOn: optionalDate("填表时间"),
  ageReferenceDate: optionalDate("计算年龄时间"),
});

export type ApprovalFormInput = z.input<typeof approvalFormSchema>;
export type ApprovalFormData = z.output<typeof approvalFormSchema>;

export const nominationProposalSchema = z.object({
  id: z.string().min(1).max(40),
  version: z.number().int().min(1),
  proposedPost: optionalText(200, "拟任职务"),
  proposedRemoval: optionalText(200, "拟免职务"),
  appointmentReason: optionalText(2000, "任免理由"),
});

export type NominationProposalInput = z.input<typeof nominationProposalSchema>;
