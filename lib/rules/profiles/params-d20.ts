// Parameters of district-2020 (区委《加强年轻干部优选优培优用工作实施意见》). Defaults are the
// document's own numbers; the clause is noted beside each group.
import { PRACTICE_KINDS, TRAINING_KINDS, UNIT_TYPES } from "../model/enums";
import type { ParamSpec } from "./param-kit";
import {
  age,
  count,
  educationLevel,
  enumList,
  flag,
  isoDate,
  pinnedCount,
  ratio,
  textList,
  years,
  yearOrNull,
} from "./param-kit";

export const D20_PARAMS = {
  // §三(一)1
  ages: {
    divisionPrincipalMax: age(42, "正处级年轻干部年龄上限（不超过）", "D20-AGE-ZC"),
    divisionDeputyMax: age(40, "副处级年轻干部年龄上限（不超过）", "D20-AGE-FC"),
    sectionAbout: age(35, "科级年轻干部年龄（左右）", "D20-AGE-KJ"),
    newSectionPrincipalMax: age(34, "新提拔正科级年轻干部年龄上限", "D20-AGE-KJ", "D20-ST-NEWPROMO"),
    newSectionDeputyMax: age(32, "新提拔副科级年轻干部年龄上限", "D20-AGE-KJ", "D20-ST-NEWPROMO"),
  },
  education: {
    minLevel: educationLevel("BACHELOR", "一般应具有的最低学历", "D20-EDU"),
    fullTimeOnly: flag(true, "须为全日制学历", "D20-EDU"),
  },
  // §二(二), §三(一)5
  pool: {
    divisionPrincipal: count(10, "正处级优秀年轻干部（左右）", "D20-POOL-SIZE"),
    divisionDeputy: count(22, "副处级优秀年轻干部（左右）", "D20-POOL-SIZE"),
    section: count(40, "科级优秀年轻干部（左右）", "D20-POOL-SIZE"),
    total: count(70, "科级以上优秀年轻干部后备队伍（左右）", "D20-POOL-SIZE"),
    womenMinRatio: ratio(0.2, "女干部比例不少于", "D20-POOL-WOMEN"),
    minorityMinCount: count(1, "少数民族干部至少（有一定数量）", "D20-POOL-MINORITY"),
    nonPartyMinCount: count(1, "党外干部至少（有一定数量）", "D20-POOL-NONPARTY"),
    domains: textList(["党务", "财政金融", "经济招商", "城市建设管理"], "分类储备领域", "D20-POOL-DOMAINS"),
  },
  // §三(一)2, §三(一)5
  review: {
    cycleYears: years(1, "动态调整周期（每年）", "D20-REVIEW-ANNUAL"),
    surveyCycleYears: years(3, "集中调研周期（每2至3年，取上限）", "D20-REVIEW-ANNUAL"),
  },
  // §三(二)1, §三(二)3
  training: {
    specialPerYear: count(1, "科级年轻干部每年专门培训次数", "D20-TRAIN-KJ"),
    specialKinds: enumList(
      TRAINING_KINDS,
      ["SPECIAL_TRAINING", "YOUNG_CADRE_CLASS"],
      "计为专门培训的培训类别",
      "D20-TRAIN-KJ",
    ),
  },
  practice: {
    perYear: count(5, "每年选派科级年轻干部挂职交流（左右）", "D20-PRACTICE"),
    kinds: enumList(
      PRACTICE_KINDS,
      ["SECONDMENT", "EXCHANGE", "SPECIAL_TASK", "DUNMIAO"],
      "计入的实践锻炼类别",
      "D20-PRACTICE",
    ),
  },
  // §三(三)1
  staffing: {
    districtUnitTypes: enumList(
      UNIT_TYPES,
      ["PARTY_GOV_DEPT", "DISTRICT_UNIT"],
      "区直单位包括的单位类型",
      "D20-ST-UNIT-40",
    ),
    street40About: age(40, "每个街道班子配备年轻干部年龄（左右）", "D20-ST-STREET-40"),
    street35About: age(35, "街道配备年轻干部年龄（左右）", "D20-ST-STREET-35"),
    street35Ratio: ratio(0.4, "配备35岁左右干部的街道比例超过", "D20-ST-STREET-35"),
    street35Pinned: pinnedCount("配备35岁左右干部的街道数（固定值，空则按比例）", "D20-ST-STREET-35"),
    streetHead45About: age(45, "街道党政正职年龄（左右）", "D20-ST-STREET-HEAD-45"),
    streetHead45Ratio: ratio(0.25, "45岁左右街道党政正职比例超过", "D20-ST-STREET-HEAD-45"),
    streetHead45Pinned: pinnedCount("45岁左右街道党政正职数（固定值）", "D20-ST-STREET-HEAD-45"),
    streetHead40About: age(40, "街道党政正职年龄（左右）", "D20-ST-STREET-HEAD-40"),
    streetHead40Ratio: ratio(0.125, "40岁左右街道党政正职比例超过", "D20-ST-STREET-HEAD-40"),
    streetHead40Min: count(2, "40岁左右街道党政正职至少", "D20-ST-STREET-HEAD-40"),
    streetHead40Pinned: pinnedCount("40岁左右街道党政正职数（固定值）", "D20-ST-STREET-HEAD-40"),
    unit40About: age(40, "区直单位班子年轻干部年龄（左右）", "D20-ST-UNIT-40"),
    unit40Ratio: ratio(1 / 3, "配备40岁左右干部的区直单位班子比例超过", "D20-ST-UNIT-40"),
    unit40Pinned: pinnedCount("配备40岁左右干部的区直单位班子数（固定值）", "D20-ST-UNIT-40"),
    deptHead40About: age(40, "党政工作部门正职年龄（左右）", "D20-ST-DEPT-HEAD-40"),
    deptHead40Ratio: ratio(0.125, "40岁左右正职的党政工作部门比例超过", "D20-ST-DEPT-HEAD-40"),
    deptHead40Pinned: pinnedCount("40岁左右正职的党政工作部门数（固定值）", "D20-ST-DEPT-HEAD-40"),
    newPromoMinRatio: ratio(1 / 6, "每年新提拔领导干部中年轻干部比例不低于", "D20-ST-NEWPROMO"),
    windowYears: years(3, "选拔目标统计期（年）", "D20-ST-3Y-HEAD", "D20-ST-3Y-DEPUTY"),
    windowStartYear: yearOrNull("统计期起始年份（空则取截至参考日的滚动期）", "D20-ST-3Y-HEAD", "D20-ST-3Y-DEPUTY"),
    head3yAbout: age(42, "担任区管正职的年轻干部年龄（左右）", "D20-ST-3Y-HEAD"),
    head3yTotal: count(7, "三年选拔区管正职至少", "D20-ST-3Y-HEAD"),
    head3yStreets: count(2, "其中街道", "D20-ST-3Y-HEAD"),
    head3yDepts: count(5, "其中区直党政部门", "D20-ST-3Y-HEAD"),
    deputy3yAbout: age(40, "担任区管副职的年轻干部年龄（左右）", "D20-ST-3Y-DEPUTY"),
    deputy3yTotal: count(16, "三年选拔区管副职至少", "D20-ST-3Y-DEPUTY"),
    deputy3yStreetAbout: age(35, "街道配备的区管副职年龄（左右）", "D20-ST-3Y-DEPUTY"),
    deputy3yStreetMin: count(5, "其中街道35岁左右不少于", "D20-ST-3Y-DEPUTY"),
    kjLargeMinPosts: count(7, "科级领导职数达到即为大单位（含）", "D20-ST-KJ-LARGE", "D20-ST-KJ-SMALL"),
    kjMaxAge: age(35, "科级领导年轻干部年龄上限（不超过）", "D20-ST-KJ-LARGE", "D20-ST-KJ-SMALL"),
    kjWithinYears: years(3, "出现空缺后配备期限（年）", "D20-ST-KJ-LARGE"),
    kjRuleStart: isoDate("2020-01-01", "空缺起算日", "D20-ST-KJ-LARGE"),
  },
  // §三(三)2
  eduPilot: {
    total: count(25, "校级、中层优秀年轻干部（左右）", "D20-EDU-PILOT"),
    principalMaxAge: age(40, "正校级年轻干部年龄上限", "D20-EDU-PILOT"),
    principalMin: count(3, "正校级不少于", "D20-EDU-PILOT"),
    viceAbout: age(35, "副校级年轻干部年龄（左右）", "D20-EDU-PILOT"),
    viceMin: count(7, "副校级不少于", "D20-EDU-PILOT"),
    middleMaxAge: age(35, "中层年轻干部年龄上限", "D20-EDU-PILOT"),
    middleMin: count(12, "中层不少于", "D20-EDU-PILOT"),
  },
  // §三(三)5
  transfer: {
    phdMaxAge: age(37, "全日制研究生（博士）年龄上限（以下）", "D20-XFER-PHD"),
    masterMaxAge: age(35, "全日制研究生（硕士）年龄上限（以下）", "D20-XFER-MASTER"),
    eliteStaffMaxAge: age(30, "双一流本科：科员年龄上限", "D20-XFER-985"),
    eliteDeputyMaxAge: age(33, "双一流本科：副科级或三、四级主任科员年龄上限", "D20-XFER-985"),
    elitePrincipalMaxAge: age(35, "双一流本科：正科级或一、二级主任科员年龄上限", "D20-XFER-985"),
  },
} satisfies ParamSpec;
