// zhuzhou-2015 rules (source: zhuzhou-2015-selection-rotation.txt).
import type { RuleEntry } from "./catalog-types";

const CAND = ["evaluateCandidate"];
const ROT = ["rotationDue"];

export const ZZ15_CATALOG = {
  "ZZ15-PROCESS": {
    title: "选拔任用七个环节",
    clause: "一(二)",
    severity: "hard",
    implementedBy: ["canAdvance", "nextStage"],
    text: "严格按照动议、民主推荐、考察、酝酿、讨论决定、公示、任职七个环节的工作要求，做好干部选拔任用工作。",
  },
  "ZZ15-REC-VALID": {
    title: "民主推荐有效期",
    clause: "一(三)",
    severity: "hard",
    implementedBy: ["recommendationValidUntil", "recommendationCheck"],
    text: "民主推荐包括会议推荐和个别谈话推荐，推荐结果作为选拔任用的重要参考，在一年内有效。",
  },
  "ZZ15-EXCL": {
    title: "不得列为考察对象的情形",
    clause: "一(四)",
    severity: "hard",
    implementedBy: CAND,
    text: "有下列情况之一的，不得列为考察对象：群众公认度不高的；近三年年度考核结果中有被确定为基本称职及以下等次的；有跑官、拉票行为的；配偶已移居国（境）外，或者没有配偶，子女均已移居国（境）外的；受到组织处理或党纪政纪处分影响使用的；其他原因不宜提拔的。",
  },
  "ZZ15-ST-ZK40": {
    title: "正科职干部年龄结构",
    clause: "二(一)",
    severity: "hard",
    implementedBy: ["evaluateStaffing"],
    text: "原则上到2018年底，正科职干部40周岁以下人员要达到20%，其中35周岁左右人员不少于3名。",
  },
  "ZZ15-ST-FK30": {
    title: "副科职干部年龄结构",
    clause: "二(一)",
    severity: "hard",
    implementedBy: ["evaluateStaffing"],
    text: "副科职干部中30周岁左右人员达到30%。",
  },
  "ZZ15-ST-EDU": {
    title: "知识结构",
    clause: "二(一)",
    severity: "hard",
    implementedBy: ["evaluateStaffing", ...CAND],
    text: "到2018年底，干部研究生以上学历占18%左右，本科以上学历占85%以上。新提拔的干部应当具有大专以上学历。",
  },
  "ZZ15-ROT-POST": {
    title: "同一职位任职满5年轮岗",
    clause: "三(二)",
    severity: "soft",
    implementedBy: ROT,
    text: "凡担任各科室（单位）正、副科长（主任）和非领导职务，在同一科室（单位）担任正（副）科职满5年的应当轮岗交流。",
  },
  "ZZ15-ROT-KEY": {
    title: "关键岗位满5年必须轮岗",
    clause: "三(二)",
    severity: "hard",
    implementedBy: ROT,
    text: "涉及人、财、物、项目申报等关键岗位任职满5年，必须轮岗交流。",
  },
  "ZZ15-ROT-LEADER": {
    title: "同一分管领导分管同一科长满5年",
    clause: "三(二)",
    severity: "soft",
    implementedBy: ROT,
    text: "同一分管领导分管同一科长5年的，原则上科长进行轮岗或调整领导分工。",
  },
  "ZZ15-ROT-PAIR": {
    title: "正、副科长共事满5年",
    clause: "三(二)",
    severity: "soft",
    implementedBy: ROT,
    text: "正、副科长（主任）在同一科室（单位）共事5年的，原则上进行轮岗交流。",
  },
  "ZZ15-ROT-EXEMPT": {
    title: "免于轮岗的年龄",
    clause: "三(二)",
    severity: "soft",
    implementedBy: ROT,
    text: "中层干部男性年满58周岁、女性年满53岁，可不进行交流轮岗。",
  },
  "ZZ15-BORROW": {
    title: "借用人员",
    clause: "三(三)",
    severity: "hard",
    implementedBy: ["borrowingCheck"],
    text: "委机关科室原则上不得从外单位借用人员，如确因工作原因，须经委主要领导、分管领导同意，报人事教育科备案，原则上借用时间不得超过2个月。",
  },
  "ZZ15-TUITION": {
    title: "在职学历学费资助",
    clause: "五(二)",
    severity: "soft",
    implementedBy: ["tuitionSubsidy"],
    text: "在职攻读研究生学历（学位），取得硕士学位的可申请资助20%的学费；取得博士学位或公共管理硕士（MPA）的可申请资助30%的学费，金额最高不超过1万元；每人只能享受一个学历（学位）层次的学费资助。",
  },
  "ZZ15-PMR": {
    title: "个人有关事项报告",
    clause: "六(三)",
    severity: "hard",
    implementedBy: [...CAND, "pmrMajorMatterDue"],
    text: "实行个人有关事宜年度报告制度；重大事项应在事后一个月内书面报告；干部提拔、转任重要岗位人选必须核查个人事项报告，对不如实填报或者隐瞒不报的，不提拔任用、不列入后备干部名单。",
  },
} satisfies Record<string, RuleEntry>;
