// Chinese labels of the enums that appear on a cadre's file (任免审批表 and its sections).
import type { AppointmentEndReason, FamilyRelation, Gender, HealthStatus, SanctionKind } from "@/lib/domain/enums";

export const healthStatusLabel: Record<HealthStatus, string> = { HEALTHY: "健康", FAIR: "一般", POOR: "较差" };

export const familyRelationLabel: Record<FamilyRelation, string> = {
  SPOUSE: "配偶",
  SON: "儿子",
  DAUGHTER: "女儿",
  FATHER: "父亲",
  MOTHER: "母亲",
  FATHER_IN_LAW: "岳父（公公）",
  MOTHER_IN_LAW: "岳母（婆婆）",
  SIBLING: "兄弟姐妹",
  OTHER: "其他",
};

/** 称谓 as the cadre says it: a man's 妻子 and 岳父, a woman's 丈夫 and 公公. */
const BY_GENDER: Record<Gender, Partial<Record<FamilyRelation, string>>> = {
  MALE: { SPOUSE: "妻子", FATHER_IN_LAW: "岳父", MOTHER_IN_LAW: "岳母" },
  FEMALE: { SPOUSE: "丈夫", FATHER_IN_LAW: "公公", MOTHER_IN_LAW: "婆婆" },
};

export function familyRelationLabelFor(relation: FamilyRelation, gender: Gender): string {
  return BY_GENDER[gender][relation] ?? familyRelationLabel[relation];
}

/** The kinds of 处分 and 组织处理 in the order and groups the editor offers them. */
export const SANCTION_KIND_GROUPS: readonly { label: string; kinds: readonly SanctionKind[] }[] = [
  {
    label: "党纪处分",
    kinds: ["PARTY_WARNING", "PARTY_SERIOUS_WARNING", "PARTY_REMOVAL_FROM_POST", "PARTY_PROBATION"],
  },
  { label: "政务处分", kinds: ["GOV_WARNING", "GOV_DEMERIT", "GOV_MAJOR_DEMERIT", "GOV_DEMOTION", "GOV_REMOVAL"] },
  { label: "组织处理", kinds: ["ORG_ADMONISHMENT", "ORG_ORDERED_INSPECTION", "ORG_TRANSFER", "ORG_DEMOTION"] },
];

export const personalMattersCheckLabel = {
  UNCHECKED: "未查核",
  CONSISTENT: "查核一致",
  FALSE_OR_MISSING: "查核发现漏报、瞒报",
} as const;

export const sanctionKindLabel: Record<SanctionKind, string> = {
  PARTY_WARNING: "党内警告",
  PARTY_SERIOUS_WARNING: "党内严重警告",
  PARTY_REMOVAL_FROM_POST: "撤销党内职务",
  PARTY_PROBATION: "留党察看",
  GOV_WARNING: "警告（政务）",
  GOV_DEMERIT: "记过",
  GOV_MAJOR_DEMERIT: "记大过",
  GOV_DEMOTION: "降级",
  GOV_REMOVAL: "撤职",
  ORG_ADMONISHMENT: "诫勉",
  ORG_ORDERED_INSPECTION: "责令检查",
  ORG_TRANSFER: "调离岗位",
  ORG_DEMOTION: "降职",
};

export const appointmentEndReasonLabel: Record<AppointmentEndReason, string> = {
  PROMOTED: "提拔",
  TRANSFERRED: "调动",
  ROTATED: "轮岗交流",
  REMOVED: "免职",
  RETIRED: "退休",
  RESIGNED: "辞职",
  OTHER: "其他",
};
