// Every rule id of docs/policy-rules.md, in document order. Tests and the UI enumerate
// this list; the catalogue (./catalog-*.ts) must hold an entry for each id.

export const RULE_IDS = [
  // district-2020
  "D20-POOL-SIZE",
  "D20-POOL-WOMEN",
  "D20-POOL-MINORITY",
  "D20-POOL-NONPARTY",
  "D20-POOL-DOMAINS",
  "D20-REVIEW-ANNUAL",
  "D20-AGE-ZC",
  "D20-AGE-FC",
  "D20-AGE-KJ",
  "D20-EDU",
  "D20-TIER-RANK",
  "D20-TIER-YEARS",
  "D20-TRAIN-KJ",
  "D20-PRACTICE",
  "D20-ST-STREET-40",
  "D20-ST-STREET-35",
  "D20-ST-STREET-HEAD-45",
  "D20-ST-STREET-HEAD-40",
  "D20-ST-UNIT-40",
  "D20-ST-DEPT-HEAD-40",
  "D20-ST-NEWPROMO",
  "D20-ST-3Y-HEAD",
  "D20-ST-3Y-DEPUTY",
  "D20-ST-KJ-LARGE",
  "D20-ST-KJ-SMALL",
  "D20-EDU-PILOT",
  "D20-XFER-PHD",
  "D20-XFER-MASTER",
  "D20-XFER-985",
  "D20-MGMT-RECORD",
  "D20-MGMT-ERROR-TOLERANCE",
  // work-summary
  "WS-POOL-DYNAMIC",
  "WS-POLITICAL-TRAINING",
  "WS-CLASS",
  "WS-PLAN",
  "WS-MENTOR",
  "WS-TALKS",
  "WS-YOUNG-PROMO",
  "WS-NEW-HIRES",
  "WS-TRAIN-HOURS",
  "WS-ASSESS",
  // shushan-2012
  "SS12-SIZE",
  "SS12-AGE-ZZ",
  "SS12-AGE-FZ",
  "SS12-EDU-MIN",
  "SS12-EDU-BK",
  "SS12-DOMAINS",
  "SS12-DIVERSITY",
  "SS12-ELIG-STAFF",
  "SS12-ELIG-ZZ",
  "SS12-ELIG-FZ",
  "SS12-FAST-TRACK",
  "SS12-PROCESS",
  "SS12-MANAGE",
  "SS12-ARCHIVE",
  "SS12-ADJUST",
  // zhuzhou-2015
  "ZZ15-PROCESS",
  "ZZ15-REC-VALID",
  "ZZ15-EXCL",
  "ZZ15-ST-ZK40",
  "ZZ15-ST-FK30",
  "ZZ15-ST-EDU",
  "ZZ15-ROT-POST",
  "ZZ15-ROT-KEY",
  "ZZ15-ROT-LEADER",
  "ZZ15-ROT-PAIR",
  "ZZ15-ROT-EXEMPT",
  "ZZ15-BORROW",
  "ZZ15-TUITION",
  "ZZ15-PMR",
  // shanxi-dunmiao
  "SX-UP-SIZE",
  "SX-UP-AGE",
  "SX-UP-ELIG",
  "SX-UP-MAYOR",
  "SX-DOWN-SIZE",
  "SX-DOWN-RANK",
  "SX-DOWN-AGE",
  "SX-DOWN-ELIG",
  "SX-DOWN-REVIEW",
  // national-baseline
  "NAT-PUBLICITY",
  "NAT-PROBATION",
  "NAT-EXP",
  "NAT-STEP-DEPUTY",
  "NAT-EDU",
  "NAT-VOTE",
  // district-profile settings (docs/policy-rules.md): the district's own working rules
  "DP-TEAM-TURNOVER",
  "DP-TEAM-POSTS",
  "DP-POOL-READY",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(value: string): value is RuleId {
  return RULE_ID_SET.has(value);
}

/** The preset whose document defines the rule, read from the id prefix. */
export function presetOfRule(ruleId: RuleId): string {
  if (ruleId.startsWith("D20-")) return "district-2020";
  if (ruleId.startsWith("WS-")) return "work-summary";
  if (ruleId.startsWith("SS12-")) return "shushan-2012";
  if (ruleId.startsWith("ZZ15-")) return "zhuzhou-2015";
  if (ruleId.startsWith("SX-")) return "shanxi-dunmiao";
  if (ruleId.startsWith("DP-")) return "district-profile";
  return "national-baseline";
}
