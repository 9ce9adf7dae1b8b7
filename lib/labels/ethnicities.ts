// 中国各民族名称（56个）, in the order and with the two-digit codes of GB/T 3304-1991, the
// code table personnel records use. Cadre.ethnicity stores the name ("汉族"); 汉族 is not a
// minority (D20-POOL-MINORITY, SS12-DIVERSITY).
export const ETHNICITIES = [
  "汉族",
  "蒙古族",
  "回族",
  "藏族",
  "维吾尔族",
  "苗族",
  "彝族",
  "壮族",
  "布依族",
  "朝鲜族",
  "满族",
  "侗族",
  "瑶族",
  "白族",
  "土家族",
  "哈尼族",
  "哈萨克族",
  "傣族",
  "黎族",
  "傈僳族",
  "佤族",
  "畲族",
  "高山族",
  "拉祜族",
  "水族",
  "东乡族",
  "纳西族",
  "景颇族",
  "柯尔克孜族",
  "土族",
  "达斡尔族",
  "仫佬族",
  "羌族",
  "布朗族",
  "撒拉族",
  "毛南族",
  "仡佬族",
  "锡伯族",
  "阿昌族",
  "普米族",
  "塔吉克族",
  "怒族",
  "乌孜别克族",
  "俄罗斯族",
  "鄂温克族",
  "德昂族",
  "保安族",
  "裕固族",
  "京族",
  "塔塔尔族",
  "独龙族",
  "鄂伦春族",
  "赫哲族",
  "门巴族",
  "珞巴族",
  "基诺族",
] as const;

export type Ethnicity = (typeof ETHNICITIES)[number];

/** GB/T 3304 code of an ethnic group: 汉族 → "01", 基诺族 → "56". */
export function ethnicityCode(name: string): string | null {
  const i = (ETHNICITIES as readonly string[]).indexOf(name);
  return i < 0 ? null : String(i + 1).padStart(2, "0");
}

export const isEthnicity = (name: string): name is Ethnicity => (ETHNICITIES as readonly string[]).includes(name);
