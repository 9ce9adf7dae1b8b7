// How a target status is shown: colour AND a text and a shape, so it reads in grey print and
// for colour-blind readers.
import type { TargetStatus } from "@/lib/rules";

export const STATUS_VIEW: Record<TargetStatus, { text: string; shape: string; tone: "ok" | "bad" | "warn" | "info"; bar: string }> = {
  MET: { text: "达标", shape: "✓", tone: "ok", bar: "#1b7a4b" },
  NOT_MET: { text: "未达标", shape: "✕", tone: "bad", bar: "#b4233c" },
  AT_RISK: { text: "有风险", shape: "▲", tone: "warn", bar: "#b86e00" },
  INFO: { text: "统计", shape: "●", tone: "info", bar: "#2f6fb0" },
};

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
