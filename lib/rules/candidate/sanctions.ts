// Whether a sanction or organisational measure still affects use of the cadre on asOf.
// 影响期 ends on effectEndsOn inclusive: a period that ended yesterday no longer counts.
import type { SanctionFact } from "../model/cadre-facts";

export type SanctionState = "IN_EFFECT" | "ENDED" | "REVOKED" | "TOLERATED" | "NOT_YET";

export function sanctionState(s: SanctionFact, asOf: Date): SanctionState {
  // D20-MGMT-ERROR-TOLERANCE: a tolerated mistake never counts, whatever its dates.
  if (s.tolerated) return "TOLERATED";
  if (s.revokedAt != null && s.revokedAt.getTime() <= asOf.getTime()) return "REVOKED";
  if (s.decidedOn.getTime() > asOf.getTime()) return "NOT_YET";
  // Unknown end of effect: treated as still in effect, so nobody is cleared by missing data.
  if (s.effectEndsOn == null || s.effectEndsOn.getTime() >= asOf.getTime()) return "IN_EFFECT";
  return "ENDED";
}
