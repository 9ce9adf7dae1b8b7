// Shape of a catalogue entry: the rule's Chinese text, where it comes from, and which
// functions of this module implement it.
import type { Severity } from "../model/results";

export interface RuleEntry {
  title: string;
  /** Chinese text of the rule (quoted or closely paraphrased from the source) */
  text: string;
  /** clause within the source document, e.g. "三(一)1" */
  clause: string;
  /** default severity; a profile may override it */
  severity: Severity;
  /** public functions whose results cite this rule */
  implementedBy: string[];
}

export interface SourceDocument {
  preset: string;
  title: string;
  file: string;
}

export const SOURCES: Record<string, SourceDocument> = {
  "district-2020": {
    preset: "district-2020",
    title: "区委《关于加强年轻干部优选优培优用工作实施意见》（2020年）",
    file: "district-2020-young-cadres-select-train-use.txt",
  },
  "work-summary": {
    preset: "work-summary",
    title: "某区年轻干部“选育管用”工作总结及下一步工作打算",
    file: "work-summary-young-cadre-pipeline.txt",
  },
  "shushan-2012": {
    preset: "shushan-2012",
    title: "蜀山区《关于加强科级后备干部队伍建设的实施意见》（合蜀发〔2012〕11号）",
    file: "shushan-2012-section-level-reserve.txt",
  },
  "zhuzhou-2015": {
    preset: "zhuzhou-2015",
    title: "株洲市经信委《关于进一步加强全委干部队伍建设的意见》（2015年）",
    file: "zhuzhou-2015-selection-rotation.txt",
  },
  "shanxi-dunmiao": {
    preset: "shanxi-dunmiao",
    title: "山西选拔乡镇（街道）书记到省市直单位任职、选派年轻干部到乡镇“墩苗”",
    file: "shanxi-township-secretaries-dunmiao.txt",
  },
  "district-profile": {
    preset: "district-profile",
    title: "本区政策配置（区委组织部在“政策配置”中设定的工作规则）",
    file: "",
  },
  "national-baseline": {
    preset: "national-baseline",
    title: "《党政领导干部选拔任用工作条例》（2019年）",
    file: "",
  },
};
