// The Chinese text of every enum, in one place (docs/glossary.md). Components never spell these.
import type {
  CadreStatus,
  Degree,
  EstablishmentType,
  Gender,
  PoliticalStatus,
  RecommendationMethod,
  PoolExitReason,
  KeyPostKind,
  PoolReadiness,
  PoolReviewConclusion,
  PoolSource,
  PracticeKind,
  Role,
  SecurityLevel,
  TalkKind,
  TrainingKind,
} from "@/lib/domain/enums";

// The tables the rules' messages use too live beside the rules (lib/rules may import nothing
// outside itself); they are the same objects here.
export {
  assessmentGradeLabel,
  educationLevelLabel,
  gradeLabel,
  nominationStageLabel,
  poolTierLabel,
  rankLabel,
  unitTypeLabel,
} from "@/lib/rules/labels";

export const genderLabel: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

export const politicalStatusLabel: Record<PoliticalStatus, string> = {
  CPC_MEMBER: "中共党员",
  CPC_PROBATIONARY: "中共预备党员",
  DEMOCRATIC_PARTY: "民主党派",
  NON_PARTY: "无党派人士",
  CYL_MEMBER: "共青团员",
  MASSES: "群众",
};

export const establishmentTypeLabel: Record<EstablishmentType, string> = {
  CIVIL_SERVANT: "公务员",
  CIVIL_SERVANT_MANAGED: "参公",
  INSTITUTION_STAFF: "事业",
};

export const cadreStatusLabel: Record<CadreStatus, string> = {
  SERVING: "在职",
  TRANSFERRED: "调出",
  RETIRED: "退休",
  DRAFT: "草稿",
};

export const degreeLabel: Record<Degree, string> = {
  DOCTOR: "博士",
  MASTER: "硕士",
  BACHELOR: "学士",
  NONE: "无",
};

export const poolSourceLabel: Record<PoolSource, string> = {
  UNIT_RECOMMENDATION: "单位推荐",
  ORG_INVESTIGATION: "组织考察",
  CONCENTRATED_SURVEY: "集中调研",
  COMPETITIVE_SELECTION: "竞争性选拔",
  EXCHANGE: "交流",
  NOMINATION: "推荐程序",
};

export const poolExitReasonLabel: Record<PoolExitReason, string> = {
  PROMOTED: "已提拔使用",
  NO_LONGER_ELIGIBLE: "不再符合条件",
  PROBLEM_FOUND: "发现问题",
  LEFT: "调离或离职",
  OVER_AGE: "超龄",
  TIER_CHANGED: "调整层级",
};

export const keyPostKindLabel: Record<KeyPostKind, string> = {
  PARTY_GOV_HEAD: "党政正职",
  IMPORTANT_DEPT_HEAD: "重要部门正职",
  DEPT_HEAD: "党政工作部门正职",
  UNIT_HEAD: "其他单位正职",
};

export const poolReadinessLabel: Record<PoolReadiness, string> = {
  NEAR_TERM: "近期可提拔",
  LONG_TERM: "中长期培养",
};

export const poolReviewConclusionLabel: Record<PoolReviewConclusion, string> = {
  KEEP: "保留",
  WATCH: "关注",
  EXIT: "出库",
};

export const recommendationMethodLabel: Record<RecommendationMethod, string> = {
  MEETING: "会议推荐",
  INDIVIDUAL_TALK: "个别谈话推荐",
  BOTH: "会议推荐和个别谈话推荐",
};

export const trainingKindLabel: Record<TrainingKind, string> = {
  PARTY_SPIRIT: "党性教育专题培训",
  YOUNG_CADRE_CLASS: "中青年干部培训班",
  ASSIGNED_TRAINING: "调训",
  SPECIAL_TRAINING: "专题培训",
  ONLINE: "在线学习",
};

export const practiceKindLabel: Record<PracticeKind, string> = {
  SECONDMENT: "挂职",
  DUNMIAO: "墩苗",
  EXCHANGE: "交流",
  SHADOWING: "跟班学习",
  SPECIAL_TASK: "专项工作",
};

export const talkKindLabel: Record<TalkKind, string> = {
  HEART_TO_HEART: "谈心谈话",
  CARE: "关爱谈话",
  REMINDER: "提醒谈话",
  ADMONITION: "诫勉谈话",
};

export const roleLabel: Record<Role, string> = {
  SYS_ADMIN: "系统管理员",
  SECURITY_ADMIN: "安全管理员",
  ORG_ADMIN: "组织部管理员",
  ORG_STAFF: "组织部干部",
  UNIT: "单位党委（党组）",
  LEADER: "领导",
  AUDITOR: "安全审计员",
};

export const securityLevelLabel: Record<SecurityLevel, string> = {
  GENERAL: "一般",
  SENSITIVE: "敏感",
  HIGHLY_SENSITIVE: "高度敏感",
};

export const auditResultLabel: Record<"SUCCESS" | "DENIED" | "FAILURE", string> = {
  SUCCESS: "成功",
  DENIED: "拒绝",
  FAILURE: "失败",
};
