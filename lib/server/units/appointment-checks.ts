import "server-only";
// The rules behind 任职 on the units page: an appointment to a leadership post above the
// cadre's present 职务层次 is a promotion, and the rules engine's PROMOTION verdict for that rank
// (NAT-STEP-DEPUTY years in the level below, NAT-EXP, the young-cadre ages, …) is shown before
// confirming and checked again on save. A hard failure needs a recorded 破格 reason. A move at
// the same or a lower level, or to a non-leadership post, is no promotion: nothing is checked.
import { rankOrder } from "@/lib/cadres/current-post";
import type { Rank } from "@/lib/domain/enums";
import { rankLabel } from "@/lib/labels";
import { evaluateCandidate, explain, type CandidateTarget, type Check, type Explanation } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { labelChecks } from "@/lib/server/authz/labels";
import { loadCadreFacts } from "@/lib/server/facts";
import { getActiveProfile } from "@/lib/server/policy/active-profile";

export interface AppointmentVerdict {
  /** e.g. 提任副处级 */
  label: string;
  target: CandidateTarget;
  checks: Check[];
  hardFailures: number;
  warnings: number;
  /** the rule ids that failed hard: what a 破格 reason answers */
  failedRules: string[];
  explanations: Record<string, Explanation>;
}

/** The promotion target an appointment to this post is, or null (same level, lower, non-leadership). */
export function promotionTarget(
  currentRank: Rank | null,
  post: { rank: Rank; isLeadership: boolean },
): CandidateTarget | null {
  if (!post.isLeadership || post.rank === "STAFF") return null;
  if (rankOrder(post.rank) <= rankOrder(currentRank ?? "STAFF")) return null;
  return { kind: "PROMOTION", rank: post.rank };
}

/**
 * The verdict on the whole record (for the server's decision). `cadreId` must already have been
 * read through the actor's scope; the facts are the record's as stored, the rules' date is the
 * appointment's start.
 */
export async function appointmentVerdict(
  cadreId: string,
  post: { rank: Rank; isLeadership: boolean },
  startDate: Date,
): Promise<AppointmentVerdict | null> {
  const facts = (await loadCadreFacts([cadreId])).get(cadreId);
  if (!facts) return null;
  const target = promotionTarget(facts.rank ?? null, post);
  if (!target || target.kind !== "PROMOTION") return null;
  const { profile } = await getActiveProfile();
  const v = evaluateCandidate(facts, target, profile, startDate);
  const explanations: Record<string, Explanation> = {};
  for (const c of v.checks) explanations[c.ruleId] ??= explain(c.ruleId);
  return {
    label: `提任${rankLabel[target.rank]}`,
    target,
    checks: v.checks,
    hardFailures: v.hardFailures,
    warnings: v.warnings,
    failedRules: [...new Set(v.checks.filter((c) => !c.passed && c.severity === "hard").map((c) => c.ruleId))],
    explanations,
  };
}

/** The verdict as this actor may read it (labelled checks redacted, the refusal audited), for the page. */
export async function appointmentVerdictFor(
  actor: Actor,
  cadreId: string,
  post: { rank: Rank; isLeadership: boolean },
  startDate: Date,
): Promise<AppointmentVerdict | null> {
  const v = await appointmentVerdict(cadreId, post, startDate);
  if (!v) return null;
  return { ...v, checks: await labelChecks(actor, v.checks, cadreId, "appointment") };
}
