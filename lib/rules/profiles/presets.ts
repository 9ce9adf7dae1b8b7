// The shipped presets. Parameters default to each document's own numbers (params-*.ts), so a
// preset mostly says which document's rules apply; district profiles extend one of these.
import { rulesOfPreset } from "../registry/explain";
import type { ProfileDefinition } from "./types";

export const PRESET_KEYS = [
  "national-baseline",
  "district-2020",
  "work-summary",
  "shushan-2012",
  "zhuzhou-2015",
  "shanxi-dunmiao",
] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export const PRESETS: Readonly<Record<PresetKey, ProfileDefinition>> = {
  "national-baseline": {
    key: "national-baseline",
    name: "全国通用基线（《党政领导干部选拔任用工作条例》）",
    description:
      "条例规定的公示、试用期、任职资格，以及条例同样规定的考察对象排除情形、个人有关事项报告、推荐有效期、选拔程序和容错纠错。",
    extends: null,
    enable: [
      ...rulesOfPreset("national-baseline"),
      // The regulation itself carries these; the zhuzhou-2015 document restates them.
      "ZZ15-EXCL",
      "ZZ15-PMR",
      "ZZ15-PROCESS",
      "ZZ15-REC-VALID",
      "D20-MGMT-ERROR-TOLERANCE",
      // the district's own working rules: on in every profile, their numbers set in the profile
      ...rulesOfPreset("district-profile"),
    ],
  },
  "district-2020": {
    key: "district-2020",
    name: "区委年轻干部优选优培优用实施意见（2020）",
    extends: "national-baseline",
    enable: rulesOfPreset("district-2020"),
  },
  "work-summary": {
    key: "work-summary",
    name: "年轻干部“选育管用”工作总结及计划",
    extends: "national-baseline",
    enable: rulesOfPreset("work-summary"),
  },
  "shushan-2012": {
    key: "shushan-2012",
    name: "蜀山区科级后备干部队伍建设实施意见（2012）",
    extends: "national-baseline",
    enable: rulesOfPreset("shushan-2012"),
  },
  "zhuzhou-2015": {
    key: "zhuzhou-2015",
    name: "株洲市经信委干部队伍建设意见（2015）",
    extends: "national-baseline",
    enable: rulesOfPreset("zhuzhou-2015"),
  },
  "shanxi-dunmiao": {
    key: "shanxi-dunmiao",
    name: "山西选拔乡镇书记到省市任职及“墩苗”",
    extends: "national-baseline",
    enable: rulesOfPreset("shanxi-dunmiao"),
  },
};

export function isPresetKey(key: string): key is PresetKey {
  return (PRESET_KEYS as readonly string[]).includes(key);
}
