// What every benchmark prints: median and p95 of its samples, and the load average beside them.
import { loadavg } from "node:os";

export function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

/** "1.02 0.87 0.60" */
export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
