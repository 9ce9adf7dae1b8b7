// The dashboard's numbers as a department reads them (issue 24 item 5), pure so each is tested:
// a percentage of a target that is not met never reads 100%, and one above it is not cut to
// 100%; the age pyramid's axis is symmetric about 0 with round ticks.

export interface ProgressFigures {
  /** "99%", "135%", or "—" when there is no target to measure against */
  text: string;
  /** the bar's fill, 0–100 */
  width: number;
}

/**
 * Actual against target. Below the target the percentage is rounded down (199 of 200 is 99%,
 * not a rounded-up 100% beside a 未达标); at or above it the real figure (27 of 20 is 135%).
 * Only the bar stops at 100%.
 */
export function progressFigures(actual: number, target: number | null): ProgressFigures {
  if (!target || target <= 0) return { text: "—", width: actual > 0 ? 100 : 0 };
  const pct = (actual / target) * 100;
  const shown = actual < target ? Math.min(99, Math.floor(pct)) : Math.round(pct);
  return { text: `${shown}%`, width: Math.min(100, Math.max(0, pct)) };
}

/** 1, 2, 5 × 10ⁿ: the smallest such step with `max` within two steps. */
function niceStep(max: number): number {
  const raw = Math.max(1, max) / 2;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return Math.max(1, Math.ceil(step));
}

/**
 * The pyramid's x axis: men to the left, women to the right, the same reach both ways, ticks
 * at −2s, −s, 0, s, 2s (whole people), so 0 sits in the middle whatever the larger side is.
 */
export function pyramidAxis(bands: readonly { male: number; female: number }[]): {
  domain: [number, number];
  ticks: number[];
} {
  const max = Math.max(0, ...bands.map((b) => Math.max(b.male, b.female)));
  const s = niceStep(max);
  return { domain: [-2 * s, 2 * s], ticks: [-2 * s, -s, 0, s, 2 * s] };
}
