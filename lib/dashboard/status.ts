// How a target status is shown: colour AND a text and a shape, so it reads in grey print and
// for colour-blind readers. Texts and tones are the shared ones of lib/labels.
import { targetStatusLabel, targetStatusTone } from "@/lib/labels/target-status";
import type { TargetStatus } from "@/lib/rules";

const SHAPE: Record<TargetStatus, string> = { MET: "✓", NOT_MET: "✕", AT_RISK: "▲", INFO: "●" };
const BAR: Record<TargetStatus, string> = { MET: "#1b7a4b", NOT_MET: "#b4233c", AT_RISK: "#b86e00", INFO: "#2f6fb0" };

export const STATUS_VIEW = Object.fromEntries(
  (Object.keys(SHAPE) as TargetStatus[]).map((s) => [
    s,
    { text: targetStatusLabel[s], shape: SHAPE[s], tone: targetStatusTone[s], bar: BAR[s] },
  ]),
) as Record<TargetStatus, { text: string; shape: string; tone: "ok" | "bad" | "warn" | "info"; bar: string }>;

/** Colour-blind-safe series colours (Okabe–Ito), for the charts. */
export const SERIES = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  sky: "#56B4E9",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  grey: "#8a94a6",
} as const;
