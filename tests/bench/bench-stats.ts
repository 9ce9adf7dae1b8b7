// What every benchmark prints: the median and p95 of its timings, and the load average beside them.
import { loadavg } from "node:os";

export function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

export const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
