// poolExitSignals: what a yearly review should weigh for one entry (WS-POOL-DYNAMIC: 出库 for
// 状态滑坡, 苗头性问题 or no longer meeting the conditions). Signals inform the reviewers; the
// decision (keep / watch / exit) stays with them.
import { evaluateCandidate } from "../candidate/evaluate";
import { assessmentGradeLabel } from "../labels";
import type { CadreFacts } from "../model/cadre-facts";
import type { AssessmentGrade } from "../model/enums";
import type { PoolEntryFact } from "../model/pool-facts";
import type { Check } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { ruleCheck } from "../util/check";
import { addMonths } from "../util/dates";

const ORDER: Record<AssessmentGrade, number> = {
  EXCELLENT: 4,
  COMPETENT: 3,
  UNGRADED: 3,
  BASICALLY_COMPETENT: 2,
  INCOMPETENT: 1,
};

/** The rule under which "no longer meets the conditions" is raised: the dynamic-pool rule, else the review cycle. */
function reviewRule(profile: ResolvedProfile): RuleId | null {
  const candidates: RuleId[] = ["WS-POOL-DYNAMIC", "D20-REVIEW-ANNUAL", "SS12-ADJUST"];
  return candidates.find((id) => ruleOn(profile, id)) ?? null;
}

function conditions(entry: PoolEntryFact, facts: CadreFacts, profile: ResolvedProfile, asOf: Date): Check[] {
  const rule = reviewRule(profile);
  if (!rule) return [];
  const verdict = evaluateCandidate(facts, { kind: "POOL", tier: entry.tier }, profile, asOf);
  const failed = verdict.checks.filter((c) => !c.passed && c.severity === "hard");
  if (failed.length === 0) return [];
  const ids = [...new Set(failed.map((c) => c.ruleId))].join("、");
  return [
    ruleCheck(profile, rule, false, `不再符合入库条件（${ids}），应研究调整出库`, { failedRules: ids }),
    ...failed,
  ];
}

function slide(facts: CadreFacts, profile: ResolvedProfile, asOf: Date): Check[] {
  const y = asOf.getUTCFullYear() - 1;
  const byYear = new Map(facts.assessments.map((a) => [a.year, a.grade]));
  const last = byYear.get(y);
  const prev = byYear.get(y - 1);
  const out: Check[] = [];
  if (ruleOn(profile, "WS-ASSESS") && last == null) {
    out.push(ruleCheck(profile, "WS-ASSESS", false, `${y}年度考核等次（年度定档）未录入`, { year: y }));
  }
  if (ruleOn(profile, "WS-POOL-DYNAMIC") && last != null && prev != null && ORDER[last] < ORDER[prev]) {
    out.push(
      ruleCheck(
        profile,
        "WS-POOL-DYNAMIC",
        false,
        `状态滑坡：年度考核由${y - 1}年度${assessmentGradeLabel[prev]}降为${y}年度${assessmentGradeLabel[last]}`,
        { year: y },
      ),
    );
  }
  return out;
}

function talks(facts: CadreFacts, profile: ResolvedProfile, asOf: Date): Check[] {
  const out: Check[] = [];
  const from = addMonths(asOf, -profile.params.ws.talkLookbackMonths).getTime();
  const recent = (facts.talks ?? []).filter(
    (t) => t.talkedOn.getTime() > from && t.talkedOn.getTime() <= asOf.getTime() && !t.errorTolerated,
  );
  const warnings = recent.filter((t) => t.kind === "REMINDER" || t.kind === "ADMONITION");
  if (ruleOn(profile, "WS-TALKS") && warnings.length) {
    const adm = warnings.filter((t) => t.kind === "ADMONITION").length;
    out.push(
      ruleCheck(
        profile,
        "WS-TALKS",
        false,
        `近${profile.params.ws.talkLookbackMonths}个月有提醒谈话${warnings.length - adm}次、诫勉谈话${adm}次，存在苗头性问题`,
        { reminders: warnings.length - adm, admonitions: adm },
      ),
    );
  }
  const problems = (facts.talks ?? []).filter((t) => t.problemRecorded && !t.errorTolerated).length;
  if (ruleOn(profile, "D20-MGMT-RECORD") && problems) {
    out.push(
      ruleCheck(profile, "D20-MGMT-RECORD", false, `有${problems}项记录在案的问题（自我设计、攀附钻营、拈轻怕重等）`, {
        recordedProblems: problems,
      }),
    );
  }
  const tolerated =
    (facts.talks ?? []).filter((t) => t.errorTolerated).length + facts.sanctions.filter((s) => s.tolerated).length;
  if (tolerated) {
    out.push(
      ruleCheck(profile, "D20-MGMT-ERROR-TOLERANCE", true, `${tolerated}项经认定容错的失误不作为研判依据`, {
        tolerated,
      }),
    );
  }
  return out;
}

export function poolExitSignals(
  entry: PoolEntryFact,
  facts: CadreFacts,
  profile: ResolvedProfile,
  asOf: Date,
): Check[] {
  return [...conditions(entry, facts, profile, asOf), ...slide(facts, profile, asOf), ...talks(facts, profile, asOf)];
}
