// Parameters of work-summary, shushan-2012, zhuzhou-2015, shanxi-dunmiao and the national
// baseline, plus the reading conventions. Defaults are the documents' own numbers.
import { HEALTH_STATUSES, RANKS, TRAINING_KINDS } from "../model/enums";
import type { ParamSpec } from "./param-kit";
import { age, amount, count, days, educationLevel, enumList, flag, months, ratio, textList, years } from "./param-kit";

const ALL_AGE_RULES = [
  "D20-AGE-KJ",
  "D20-ST-STREET-40",
  "D20-ST-STREET-35",
  "D20-ST-UNIT-40",
  "SS12-AGE-ZZ",
  "SS12-AGE-FZ",
  "ZZ15-ST-ZK40",
  "ZZ15-ST-FK30",
] as const;

export const CONVENTION_PARAMS = {
  aboutTolerance: years(2, "X岁左右的年龄容差（年）", ...ALL_AGE_RULES),
  countTolerance: ratio(0.1, "N名左右可接受的不足比例", "D20-POOL-SIZE", "SS12-SIZE", "D20-PRACTICE", "SX-UP-SIZE"),
  atRiskMonths: months(12, "预警期（月）：现有人员在此期间超龄即标为有风险", "D20-POOL-WOMEN", "D20-ST-STREET-40"),
} satisfies ParamSpec;

export const NAT_PARAMS = {
  publicityWorkingDays: days(5, "任前公示工作日（不少于）", "NAT-PUBLICITY"),
  probationYears: years(1, "试用期（年）", "NAT-PROBATION"),
  divisionMinWorkYears: years(5, "提任县处级领导职务工作年限（一般不少于）", "NAT-EXP"),
  divisionMinGrassrootsYears: years(2, "基层工作经历（一般不少于）", "NAT-EXP"),
  deputyToPrincipalYears: years(2, "副职提任同级正职任职年限", "NAT-STEP-DEPUTY", "D20-TIER-YEARS"),
  principalToHigherDeputyYears: years(3, "下级正职提任上级副职任职年限", "NAT-STEP-DEPUTY", "D20-TIER-YEARS"),
  divisionMinEducation: educationLevel("JUNIOR_COLLEGE", "县处级领导干部一般应具有的学历", "NAT-EDU"),
  decisionQuorumRatio: ratio(2 / 3, "讨论决定到会人数不少于应到会成员的比例（不低于2/3）", "NAT-VOTE"),
  decisionMajorityRatio: ratio(0.5, "同意票须超过应到会成员的比例（不低于1/2）", "NAT-VOTE"),
} satisfies ParamSpec;

export const WS_PARAMS = {
  politicalEveryYears: years(3, "脱产政治训练周期（每N年至少一次）", "WS-POLITICAL-TRAINING"),
  politicalMinDays: days(7, "脱产政治训练时长（不少于，天）", "WS-POLITICAL-TRAINING"),
  politicalKinds: enumList(
    TRAINING_KINDS,
    ["PARTY_SPIRIT", "YOUNG_CADRE_CLASS"],
    "计为政治训练的培训类别",
    "WS-POLITICAL-TRAINING",
  ),
  classDays: days(30, "中青年干部培训班每期天数", "WS-CLASS"),
  classPerYear: count(1, "中青年干部培训班每年期数", "WS-CLASS"),
  hoursPerYear: count(80, "每年集中培训学时（不少于）", "WS-TRAIN-HOURS"),
  hoursExcludeKinds: enumList(TRAINING_KINDS, ["ONLINE"], "不计入集中培训学时的类别", "WS-TRAIN-HOURS"),
  youngMaxAge: age(35, "35岁以下年轻干部的年龄上限", "WS-YOUNG-PROMO", "WS-NEW-HIRES"),
  newHiresMinRatio: ratio(0.6, "每年新增干部中35岁以下占比不低于", "WS-NEW-HIRES"),
  mentorFeedbackMonths: months(6, "导师反馈间隔（月）", "WS-MENTOR"),
  talkLookbackMonths: months(12, "研判时回看提醒、诫勉谈话的期间（月）", "WS-TALKS", "WS-POOL-DYNAMIC"),
} satisfies ParamSpec;

export const SS12_PARAMS = {
  principalReserve: count(90, "正职后备干部（左右）", "SS12-SIZE"),
  deputyReserve: count(120, "副职后备干部（左右）", "SS12-SIZE"),
  total: count(210, "科级后备干部总量（左右）", "SS12-SIZE"),
  principalMainAge: age(40, "正职后备主体年龄（左右）", "SS12-AGE-ZZ"),
  principalSomeAge: age(35, "正职后备中要有一定数量的年龄（左右）", "SS12-AGE-ZZ"),
  deputyMainAge: age(35, "副职后备主体年龄（左右）", "SS12-AGE-FZ"),
  deputySomeAge: age(30, "副职后备中要有一定数量的年龄（左右）", "SS12-AGE-FZ"),
  mainMinShare: ratio(0.5, "为主体的最低占比", "SS12-AGE-ZZ", "SS12-AGE-FZ"),
  someMinCount: count(1, "一定数量的最低人数", "SS12-AGE-ZZ", "SS12-AGE-FZ", "SS12-EDU-BK"),
  minEducation: educationLevel("JUNIOR_COLLEGE", "必须具有的最低学历", "SS12-EDU-MIN"),
  bachelorMinRatio: ratio(0.9, "大学本科以上学历不少于", "SS12-EDU-BK"),
  domains: textList(["经济管理", "社会管理", "党务", "金融", "城建", "法律"], "专业结构领域", "SS12-DOMAINS"),
  diversityMinCount: count(1, "女干部、少数民族、非中共党员干部各至少（一定比例）", "SS12-DIVERSITY"),
  staffMinYears: years(2, "副职后备任科员级职务年限（以上）", "SS12-ELIG-FZ"),
  fastTrackExcellentYears: years(3, "连续优秀年数", "SS12-FAST-TRACK"),
  adjustCycleYears: years(2, "调整充实周期（年）", "SS12-ADJUST"),
} satisfies ParamSpec;

export const ZZ15_PARAMS = {
  recommendationValidMonths: months(12, "民主推荐结果有效期（月）", "ZZ15-REC-VALID"),
  // Online 民主推荐/测评 (issue 25). The document sets no weights or threshold: these are the
  // usual district practice (40/30/30; 称职以上未达三分之二), kept here so each district sets its own.
  voterWeightTeam: ratio(0.4, "民主推荐、测评权重：班子成员", "ZZ15-PROCESS", "ZZ15-REC-VALID"),
  voterWeightMiddle: ratio(0.3, "民主推荐、测评权重：中层干部", "ZZ15-PROCESS", "ZZ15-REC-VALID"),
  voterWeightOther: ratio(0.3, "民主推荐、测评权重：其他干部", "ZZ15-PROCESS", "ZZ15-REC-VALID"),
  recognitionMinShare: ratio(2 / 3, "民主测评称职以上（加权）得票率低于此值，记为群众公认度不高", "ZZ15-EXCL"),
  exclusionAssessmentYears: years(3, "考察对象：回看年度考核年数", "ZZ15-EXCL"),
  pmrMajorMatterMonths: months(1, "重大事项事后报告期限（月）", "ZZ15-PMR"),
  sectionPrincipalMaxAge: age(40, "正科职年轻干部年龄上限（周岁以下）", "ZZ15-ST-ZK40"),
  sectionPrincipalMinRatio: ratio(0.2, "正科职中40周岁以下比例达到", "ZZ15-ST-ZK40"),
  sectionPrincipalAbout: age(35, "其中年龄（左右）", "ZZ15-ST-ZK40"),
  sectionPrincipalAboutMin: count(3, "其中35周岁左右不少于", "ZZ15-ST-ZK40"),
  sectionDeputyAbout: age(30, "副科职年轻干部年龄（左右）", "ZZ15-ST-FK30"),
  sectionDeputyMinRatio: ratio(0.3, "副科职中30周岁左右比例达到", "ZZ15-ST-FK30"),
  postgraduateRatio: ratio(0.18, "研究生以上学历占比（左右）", "ZZ15-ST-EDU"),
  bachelorMinRatio: ratio(0.85, "本科以上学历占比（以上）", "ZZ15-ST-EDU"),
  newPromotionMinEducation: educationLevel("JUNIOR_COLLEGE", "新提拔干部应具有的学历", "ZZ15-ST-EDU"),
  rotationYears: years(
    5,
    "同一职位（科室）任职满N年轮岗",
    "ZZ15-ROT-POST",
    "ZZ15-ROT-KEY",
    "ZZ15-ROT-LEADER",
    "ZZ15-ROT-PAIR",
  ),
  rotationRanks: enumList(
    RANKS,
    ["SECTION_PRINCIPAL", "SECTION_DEPUTY", "STAFF"],
    "适用轮岗的职务层次（正、副科职满5年轮岗；非领导职务只适用关键岗位轮岗）",
    "ZZ15-ROT-POST",
    "ZZ15-ROT-KEY",
  ),
  exemptMaleAge: age(58, "男性免于轮岗年龄（年满）", "ZZ15-ROT-EXEMPT"),
  exemptFemaleAge: age(53, "女性免于轮岗年龄（年满）", "ZZ15-ROT-EXEMPT"),
  borrowMaxMonths: months(2, "借用人员时间上限（月）", "ZZ15-BORROW"),
  tuitionMasterRatio: ratio(0.2, "硕士学费资助比例", "ZZ15-TUITION"),
  tuitionDoctorRatio: ratio(0.3, "博士或MPA学费资助比例", "ZZ15-TUITION"),
  tuitionCap: amount(10000, "学费资助上限（元）", "ZZ15-TUITION"),
} satisfies ParamSpec;

const rankList = (def: (typeof RANKS)[number][], label: string) => enumList(RANKS, def, label, "SX-DOWN-RANK");

export const SX_PARAMS = {
  upProvincial: count(60, "选拔到省直单位（左右）", "SX-UP-SIZE"),
  upCity: count(140, "选拔到市直单位（左右）", "SX-UP-SIZE"),
  upProvincialMaxAge: age(45, "到省直单位任职年龄上限", "SX-UP-AGE"),
  upCityMaxAge: age(50, "到市直单位任职年龄上限", "SX-UP-AGE"),
  upMinEducation: educationLevel("JUNIOR_COLLEGE", "大学以上文化程度（含大学专科）", "SX-UP-ELIG"),
  upSecretaryMinYears: years(3, "累计任乡镇（街道）党（工）委书记（年以上）", "SX-UP-ELIG"),
  upAssessmentYears: years(3, "近N年年度考核称职以上", "SX-UP-ELIG"),
  upMayorMaxAge: age(40, "特别优秀的乡镇长（街办主任）年龄上限", "SX-UP-MAYOR"),
  upMayorMinEducation: educationLevel("BACHELOR", "乡镇长人选全日制学历", "SX-UP-MAYOR"),
  downSecretaries: count(200, "选派担任乡镇（街道）书记（左右）", "SX-DOWN-SIZE"),
  downHeadsOrDeputies: count(300, "选派担任乡镇长或副书记（左右）", "SX-DOWN-SIZE"),
  downSecretaryRanks: rankList(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION_PRINCIPAL"], "书记人选职级"),
  downHeadRanks: rankList(["DIVISION_DEPUTY", "SECTION_PRINCIPAL"], "乡镇长（街办主任）人选职级"),
  downDeputySecretaryRanks: rankList(["SECTION_PRINCIPAL", "SECTION_DEPUTY"], "副书记人选职级"),
  downDivisionMaxAge: age(38, "处级干部年龄上限（以下）", "SX-DOWN-AGE"),
  downSectionMaxAge: age(32, "科级干部年龄上限（以下）", "SX-DOWN-AGE"),
  downMinEducation: educationLevel("BACHELOR", "全日制学历", "SX-DOWN-ELIG"),
  downAcceptProbationary: flag(true, "预备党员视为中共党员", "SX-DOWN-ELIG"),
  downHealth: enumList(HEALTH_STATUSES, ["HEALTHY"], "视为身体健康的健康状况", "SX-DOWN-ELIG"),
  downReviewMinYears: years(2, "任职后专项考核（最早，年）", "SX-DOWN-REVIEW"),
  downReviewMaxYears: years(3, "任职后专项考核（最迟，年）", "SX-DOWN-REVIEW"),
} satisfies ParamSpec;
