// Real Chinese counties and cities for 籍贯 and 出生地, written the way the 任免审批表 writes
// them ("安徽肥东"). The fictional 青禾区 sits in 安徽, so most people come from nearby; the
// province code (first two digits of a 身份证号) goes into generated ID numbers.

export interface Place {
  /** as written on the form: province short name + county/city short name */
  name: string;
  provinceCode: string;
}

const p = (province: string, code: string, counties: string[]): Place[] =>
  counties.map((c) => ({ name: province + c, provinceCode: code }));

/** The home province: about three quarters of the cadres. */
export const HOME_PLACES: readonly Place[] = p("安徽", "34", [
  "肥东",
  "肥西",
  "长丰",
  "庐江",
  "巢湖",
  "枞阳",
  "桐城",
  "怀宁",
  "潜山",
  "太湖",
  "宿松",
  "望江",
  "岳西",
  "寿县",
  "霍邱",
  "舒城",
  "金寨",
  "霍山",
  "凤阳",
  "定远",
  "明光",
  "天长",
  "全椒",
  "来安",
  "含山",
  "和县",
  "无为",
  "南陵",
  "泾县",
  "宁国",
  "广德",
  "歙县",
  "休宁",
  "黟县",
  "祁门",
  "濉溪",
  "怀远",
  "五河",
  "固镇",
  "蒙城",
  "涡阳",
  "利辛",
  "界首",
  "太和",
  "临泉",
  "阜南",
  "颍上",
  "砀山",
  "萧县",
  "灵璧",
  "泗县",
  "合肥",
  "芜湖",
  "安庆",
  "六安",
]);

export const OTHER_PLACES: readonly Place[] = [
  ...p("江苏", "32", ["沛县", "丰县", "睢宁", "如皋", "泰兴", "盐城", "淮安", "南京"]),
  ...p("河南", "41", ["固始", "商城", "潢川", "信阳", "周口", "郑州"]),
  ...p("山东", "37", ["曹县", "郓城", "临沂", "济宁"]),
  ...p("湖北", "42", ["黄梅", "蕲春", "麻城", "武汉"]),
  ...p("江西", "36", ["鄱阳", "九江", "上饶"]),
  ...p("浙江", "33", ["诸暨", "温州", "杭州"]),
  ...p("河北", "13", ["保定", "沧州"]),
  ...p("四川", "51", ["南充", "达州"]),
];

/** Places for minority cadres, by ethnicity, so birthplaces look plausible. */
export const MINORITY_PLACES: Record<string, readonly Place[]> = {
  回族: p("宁夏", "64", ["同心", "吴忠", "银川"]).concat(p("安徽", "34", ["寿县", "合肥"])),
  满族: p("辽宁", "21", ["岫岩", "新宾", "凤城"]).concat(p("河北", "13", ["承德"])),
  壮族: p("广西", "45", ["武鸣", "靖西", "百色"]),
  蒙古族: p("内蒙古", "15", ["通辽", "赤峰", "科右中旗"]),
  土家族: p("湖南", "43", ["永顺", "龙山"]).concat(p("湖北", "42", ["恩施", "来凤"])),
  苗族: p("贵州", "52", ["凯里", "松桃"]).concat(p("湖南", "43", ["花垣"])),
  彝族: p("云南", "53", ["楚雄", "石林"]),
  朝鲜族: p("吉林", "22", ["延吉", "龙井"]),
  侗族: p("贵州", "52", ["黎平", "榕江"]),
};

/** [ethnicity, weight per 1000 cadres]; 汉族 takes the rest (about 96%). */
export const MINORITIES: readonly (readonly [string, number])[] = [
  ["回族", 12],
  ["满族", 8],
  ["壮族", 4],
  ["蒙古族", 4],
  ["土家族", 4],
  ["苗族", 3],
  ["彝族", 2],
  ["朝鲜族", 2],
  ["侗族", 1],
];

export const DEMOCRATIC_PARTIES: readonly (readonly [string, number])[] = [
  ["中国国民党革命委员会", 1],
  ["中国民主同盟", 3],
  ["中国民主建国会", 2],
  ["中国民主促进会", 3],
  ["中国农工民主党", 2],
  ["中国致公党", 1],
  ["九三学社", 3],
  ["台湾民主自治同盟", 0.2],
];

/** Where emigrated relatives live (裸官 facts). */
export const EMIGRATION_COUNTRIES: readonly string[] = ["加拿大", "澳大利亚", "美国", "新西兰", "新加坡", "英国"];
