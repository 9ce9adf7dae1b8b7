// The reading conventions of docs/policy-rules.md for 左右 (about) and for ratio targets such as
// "超过1/3（19个）".

/** Age range for distribution statistics: X − tol ≤ age ≤ X + tol. */
export function aboutBand(about: number, tolerance: number): { min: number; max: number } {
  return { min: about - tolerance, max: about + tolerance };
}

/**
 * Highest age that counts for "at least one cadre of about X" targets: any age ≤ X + tol
 * counts, because a younger cadre satisfies a rejuvenation target.
 */
export function aboutCeiling(about: number, tolerance: number): number {
  return about + tolerance;
}

// Ratios such as 1/3 are not exact in binary; without the epsilon ceil(1/3 × 57) would be 20.
const EPS = 1e-9;

/**
 * Count a ratio target asks for: ceil(ratio × n), as the documents' own figures show
 * (2/5 of 12 → 5, 1/3 of 57 → 19), unless the profile pins an absolute count.
 */
export function ratioTargetCount(ratio: number, n: number, pinned?: number | null): number {
  if (pinned != null) return pinned;
  return Math.max(0, Math.ceil(ratio * n - EPS));
}

/** Lowest count accepted for "N名左右" (about N people): floor(N × (1 − tolerance)). */
export function countLowerBound(target: number, toleranceRatio: number): number {
  return Math.max(0, Math.floor(target * (1 - toleranceRatio) + EPS));
}
