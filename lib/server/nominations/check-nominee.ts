import "server-only";
import { refusedRead } from "@/lib/server/audit";
// The explained checks shown before a unit submits and again at 考察: evaluateCandidate for the
// tier, plus the validity of the 民主推荐 (ZZ15-REC-VALID) when a date is given. Every
// rule cited comes with explain(ruleId), so the page shows the clause on click without another request.
import type { PoolTier } from "@/lib/generated/prisma/enums";
import {
  evaluateCandidate,
  explain,
  isoDay,
  recommendationCheck,
  ruleOn,
  type Check,
  type Explanation,
} from "@/lib/rules";
import type { NomineeCheck } from "@/lib/nominations/types";
import type { Actor } from "@/lib/auth/actor";
import type { InfoSet } from "@/lib/authz/clearance";
import { redactChecks } from "@/lib/cadres/labelled-checks";
import { labelChecks } from "@/lib/server/authz/labels";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { loadCadreFacts } from "@/lib/server/facts";
import { getActiveProfile } from "@/lib/server/policy/active-profile";

// Failures first (hard before soft), then what passed; stable within each group.
const rank = (c: Check) => (c.passed ? 2 : c.severity === "hard" ? 0 : 1);

/**
 * Checks one cadre for a pool tier. `cadreId` must already have been read through the
 * actor's scope: this loader does not widen anyone's view.
 */
export async function checkNominee(
  cadreId: string,
  tier: PoolTier,
  asOf: Date,
  opts: { recommendedOn?: Date | null } = {},
): Promise<NomineeCheck> {
  const [facts, { profile }] = await Promise.all([loadCadreFacts([cadreId]), getActiveProfile()]);
  const f = facts.get(cadreId);
  if (!f) throw new Error(`cadre ${cadreId} vanished while being checked`);
  const verdict = evaluateCandidate(f, { kind: "POOL", tier }, profile, asOf);
  const checks = [...verdict.checks];
  if (opts.recommendedOn && ruleOn(profile, "ZZ15-REC-VALID"))
    checks.push(recommendationCheck(opts.recommendedOn, profile, asOf));
  const sorted = checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
  const hardFailures = sorted.filter((c) => !c.passed && c.severity === "hard").length;
  const warnings = sorted.filter((c) => !c.passed && c.severity === "soft").length;
  return {
    eligible: hardFailures === 0,
    hardFailures,
    warnings,
    checks: sorted,
    explanations: Object.fromEntries(sorted.map((c) => [c.ruleId, explain(c.ruleId)])) as Record<string, Explanation>,
    profileKey: profile.key,
    profileName: profile.name,
    asOf: isoDay(asOf),
  };
}

/**
 * checkNominee as the actor may read it (security labels): a check drawn from a set above their
 * clearance keeps its verdict and rule id, not its details; the refusal is audited. `cadreId`
 * must already have been read through the actor's scope.
 */
export async function checkNomineeFor(
  actor: Actor,
  cadreId: string,
  tier: PoolTier,
  asOf: Date,
  opts: { recommendedOn?: Date | null } = {},
): Promise<NomineeCheck> {
  const r = await checkNominee(cadreId, tier, asOf, opts);
  return { ...r, checks: await labelChecks(actor, r.checks, cadreId, "nomination.check") };
}

/** checkNominee for a cadre the actor may read; any other id is simply not found. */
export async function checkNomineeInScope(
  actor: Actor,
  cadreId: string,
  tier: PoolTier,
  asOf: Date,
  opts: { recommendedOn?: Date | null } = {},
): Promise<NomineeCheck> {
  const cadre = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor, "read")] },
    select: { id: true },
  });
  if (!cadre) throw await refusedRead(actor, "Cadre", cadreId, "干部");
  return checkNomineeFor(actor, cadre.id, tier, asOf, opts);
}

/** What an event keeps of a check run: enough to show later what was found, by rule id. */
export function checkSummary(r: NomineeCheck) {
  return {
    profileKey: r.profileKey,
    asOf: r.asOf,
    hardFailures: r.hardFailures,
    warnings: r.warnings,
    failed: r.checks
      .filter((c) => !c.passed)
      .map((c) => ({ ruleId: c.ruleId, severity: c.severity, message: c.message })),
  };
}

/**
 * "ZZ15-EXCL：近3年…；D20-AGE-KJ：…" for an error message; a failure drawn from a set the reader
 * may not read (`withheld`, see withheldFor) names its rule, not the record.
 */
export function describeFailures(
  r: NomineeCheck,
  severity: "hard" | "soft" = "hard",
  withheld: readonly InfoSet[] = [],
): string {
  return redactChecks(r.checks, withheld)
    .checks.filter((c) => !c.passed && c.severity === severity)
    .map((c) => `${c.ruleId}：${c.message}`)
    .join("；");
}
