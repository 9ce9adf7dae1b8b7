// Wording for nominations and their events (动议 → 民主推荐 → 考察 → 酝酿 → 讨论决定 → 公示 → 任职).
import type { NominationStage } from "../../lib/generated/prisma/enums";

export const FORWARD: readonly NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
  "APPOINTED",
];

export const REASONS = [
  "该同志政治素质好，工作实绩突出，在重点项目推进中担当作为，群众公认度高",
  "该同志熟悉基层工作，善于做群众工作，在征迁安置和信访化解中表现突出",
  "该同志专业素养好，综合协调能力强，近三年年度考核均为称职以上",
  "该同志长期在一线岗位工作，作风扎实，敢于担当，在急难险重任务中经受了考验",
];

export const INVESTIGATION_FINDINGS = [
  "考察组个别谈话23人，反映该同志政治坚定、工作扎实、作风正派，未发现影响使用的问题",
  "经考察谈话、查阅档案、听取纪检监察机关意见，未发现影响使用的问题",
  "考察发现该同志基层经历偏少，建议进一步实践锻炼",
];

export const REJECT_REASONS = [
  "考察中发现该同志近年基层经历不足，暂缓列入",
  "酝酿中对该同志有不同意见，经研究暂不列入",
  "民主推荐得票率未达到要求",
];

export const WITHDRAW_REASONS = [
  "单位党组织撤回推荐，另行研究",
  "该同志个人申请不列入",
  "该同志工作岗位调整，撤回推荐",
];

export const RETURN_COMMENT = "推荐材料不完整：缺少民主推荐得票情况和近三年年度考核结果，请补充后重新报送。";
