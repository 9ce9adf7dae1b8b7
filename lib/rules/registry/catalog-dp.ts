// District-profile settings: working rules no source document states, which the organization
// department sets for itself in its policy profile (docs/policy-rules.md "District-profile
// settings"). Their numbers are profile parameters (d20 ↔ dp group), never constants in code.
import type { RuleEntry } from "./catalog-types";

export const DP_CATALOG = {
  "DP-TEAM-TURNOVER": {
    title: "班子成员集中离任预警",
    clause: "本区配置",
    severity: "soft",
    implementedBy: ["analyzeTeam"],
    text: "领导班子成员中，预警期（默认3年）内达到退休年龄或所任职务任职年龄上限的人数达到成员总数的一定比例（默认三分之一）的，应提前谋划班子调整和后备人选。",
  },
  "DP-TEAM-POSTS": {
    title: "班子职数配备",
    clause: "本区配置",
    severity: "soft",
    implementedBy: ["analyzeTeam"],
    text: "领导班子按核定职数配备：设置的领导职位无人任职的为空缺（缺配），任职人数或设置的科级领导职位超过核定职数的为超职数配备。",
  },
  "DP-POOL-READY": {
    title: "近期可提拔人选比例",
    clause: "本区配置",
    severity: "soft",
    implementedBy: ["evaluatePool"],
    text: "优秀年轻干部中，年度研判确定为“近期可提拔”的人选应不少于一定比例（默认三分之一），其余为“中长期培养”。",
  },
} satisfies Record<string, RuleEntry>;
