// Schools and majors for education records. The groups below only shape how often a cadre went
// to a better-known university; the records' 985/211/双一流 flags come from the 院校代码表's
// published lists (lib/schools), as an import sets them (education.ts). A data file.

export interface School {
  name: string;
  is985: boolean;
  is211: boolean;
  isDoubleFirstClass: boolean;
}

const s985 = (names: string[]): School[] =>
  names.map((name) => ({ name, is985: true, is211: true, isDoubleFirstClass: true }));
const s211 = (names: string[]): School[] =>
  names.map((name) => ({ name, is985: false, is211: true, isDoubleFirstClass: true }));
const sDfc = (names: string[]): School[] =>
  names.map((name) => ({ name, is985: false, is211: false, isDoubleFirstClass: true }));
const plain = (names: string[]): School[] =>
  names.map((name) => ({ name, is985: false, is211: false, isDoubleFirstClass: false }));

export const ELITE_UNIVERSITIES: readonly School[] = [
  ...s985([
    "中国科学技术大学",
    "南京大学",
    "武汉大学",
    "华中科技大学",
    "山东大学",
    "复旦大学",
    "浙江大学",
    "厦门大学",
    "中国人民大学",
    "北京师范大学",
    "东南大学",
    "同济大学",
    "南开大学",
    "吉林大学",
    "四川大学",
    "中南大学",
    "兰州大学",
  ]),
  ...s211([
    "合肥工业大学",
    "安徽大学",
    "郑州大学",
    "南京农业大学",
    "华中农业大学",
    "西南大学",
    "河海大学",
    "苏州大学",
    "南昌大学",
    "西北大学",
    "中南财经政法大学",
    "上海财经大学",
    "中央财经大学",
    "华东师范大学",
    "南京师范大学",
    "华中师范大学",
  ]),
  ...sDfc(["南京信息工程大学", "宁波大学", "南京林业大学", "上海海洋大学"]),
];

export const ORDINARY_UNIVERSITIES: readonly School[] = plain([
  "安徽师范大学",
  "安徽农业大学",
  "安徽财经大学",
  "安徽建筑大学",
  "安徽医科大学",
  "安徽理工大学",
  "安徽工业大学",
  "淮北师范大学",
  "阜阳师范大学",
  "安庆师范大学",
  "合肥学院",
  "合肥师范学院",
  "巢湖学院",
  "皖西学院",
  "滁州学院",
  "黄山学院",
  "江西财经大学",
  "河南大学",
  "南京财经大学",
  "浙江工商大学",
  "山东财经大学",
  "扬州大学",
]);

export const JUNIOR_COLLEGES: readonly School[] = plain([
  "安徽职业技术学院",
  "安徽商贸职业技术学院",
  "安徽水利水电职业技术学院",
  "合肥职业技术学院",
  "安徽警官职业学院",
  "安徽财贸职业学院",
  "六安职业技术学院",
  "安徽城市管理职业学院",
]);

export const SECONDARY_SCHOOLS: readonly School[] = plain([
  "安徽省经济管理学校",
  "安徽省财贸学校",
  "合肥市建设学校",
  "安徽省城市建设学校",
  "六安师范学校",
]);

/** In-service (在职) study is mostly at the Party school, open universities and MPA programmes. */
export const IN_SERVICE_BACHELOR: readonly School[] = plain([
  "中共安徽省委党校",
  "国家开放大学",
  "安徽广播电视大学",
  "安徽大学（继续教育学院）",
]);
export const IN_SERVICE_PARTY_SCHOOL_GRADUATE = "中共安徽省委党校";
export const MPA_SCHOOLS: readonly School[] = [
  ...s211(["安徽大学"]),
  ...s985(["中国科学技术大学"]),
  ...plain(["安徽财经大学"]),
];

/** Majors by familiar domain (熟悉领域). */
export const MAJORS_BY_DOMAIN: Record<string, readonly string[]> = {
  党务: ["马克思主义理论", "思想政治教育", "政治学与行政学", "汉语言文学", "中共党史"],
  财政金融: ["财政学", "金融学", "会计学", "经济学", "审计学"],
  经济招商: ["国际经济与贸易", "工商管理", "市场营销", "经济学", "电子商务"],
  城市建设管理: ["土木工程", "城乡规划", "建筑学", "工程管理", "环境工程"],
  社会管理: ["社会学", "社会工作", "公共事业管理", "行政管理", "劳动与社会保障"],
  法律: ["法学", "知识产权", "侦查学"],
};

export const TEACHING_MAJORS: readonly string[] = [
  "汉语言文学",
  "数学与应用数学",
  "英语",
  "物理学",
  "化学",
  "教育学",
  "历史学",
  "体育教育",
];

export const MASTER_MAJORS: Record<string, readonly string[]> = {
  党务: ["马克思主义中国化研究", "中共党史", "政治学理论"],
  财政金融: ["金融", "财政学", "会计"],
  经济招商: ["工商管理", "区域经济学", "产业经济学"],
  城市建设管理: ["城乡规划学", "土木工程", "城市管理"],
  社会管理: ["社会学", "社会工作", "公共管理"],
  法律: ["法律（法学）", "宪法学与行政法学", "法律（非法学）"],
};

export const JUNIOR_COLLEGE_MAJORS: readonly string[] = [
  "文秘",
  "会计",
  "计算机应用技术",
  "法律事务",
  "建筑工程技术",
  "市场营销",
  "行政管理",
];
