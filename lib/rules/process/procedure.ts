// The selection procedure as an ordered list of stages: ZZ15-PROCESS (动议 → 民主推荐 → 考察 →
// 酝酿 → 讨论决定 → 公示 → 任职) or, for reserve listing only, SS12-PROCESS (推荐 → 考察测评 →
// 人选方案 → 常委会研究确定). Reject and withdraw are possible from any open stage.
import type { NominationStage } from "../model/enums";
import { nominationStageLabel } from "../labels";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";

const ZZ15_STEPS: NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "PUBLICIZED",
  "APPOINTED",
];
// SS12: the unit recommends, the department investigates and proposes, the committee decides;
// the listing then takes effect (APPOINTED = 入库). PROPOSED is the record's initial state.
const SS12_STEPS: NominationStage[] = [
  "PROPOSED",
  "RECOMMENDED",
  "INVESTIGATED",
  "DELIBERATED",
  "DECIDED",
  "APPOINTED",
];

export interface Procedure {
  ruleId: "ZZ15-PROCESS" | "SS12-PROCESS";
  steps: NominationStage[];
}

/** The profile's procedure: the seven steps when ZZ15-PROCESS is on, else SS12's. */
export function procedureOf(profile: ResolvedProfile): Procedure {
  if (!ruleOn(profile, "ZZ15-PROCESS") && ruleOn(profile, "SS12-PROCESS"))
    return { ruleId: "SS12-PROCESS", steps: SS12_STEPS };
  return { ruleId: "ZZ15-PROCESS", steps: ZZ15_STEPS };
}

const TERMINAL = new Set<NominationStage>(["APPOINTED", "REJECTED", "WITHDRAWN"]);

export function nextStage(current: NominationStage, profile: ResolvedProfile): NominationStage | null {
  const { steps } = procedureOf(profile);
  const i = steps.indexOf(current);
  return i >= 0 && i < steps.length - 1 ? steps[i + 1] : null;
}

export interface TransitionResult {
  ok: boolean;
  ruleId: Procedure["ruleId"];
  message: string;
}

export function canAdvance(from: NominationStage, to: NominationStage, profile: ResolvedProfile): TransitionResult {
  const proc = procedureOf(profile);
  const order = proc.steps.map((s) => nominationStageLabel[s]).join(" → ");
  if (TERMINAL.has(from)) {
    return { ok: false, ruleId: proc.ruleId, message: `已处于“${nominationStageLabel[from]}”，不能再变更` };
  }
  if (to === "REJECTED" || to === "WITHDRAWN") {
    return {
      ok: true,
      ruleId: proc.ruleId,
      message: `由“${nominationStageLabel[from]}”转为“${nominationStageLabel[to]}”`,
    };
  }
  const next = nextStage(from, profile);
  if (next === to)
    return {
      ok: true,
      ruleId: proc.ruleId,
      message: `由“${nominationStageLabel[from]}”进入“${nominationStageLabel[to]}”`,
    };
  return {
    ok: false,
    ruleId: proc.ruleId,
    message: `须按${order}的顺序进行，“${nominationStageLabel[from]}”之后应为“${next ? nominationStageLabel[next] : "（无）"}”，不能直接进入“${nominationStageLabel[to]}”`,
  };
}
