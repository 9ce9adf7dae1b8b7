// Lengths of service as an organization department writes them: 任现职 "3年2个月".
import { addMonths } from "@/lib/rules";

/** Full months from `start` to `asOf` (anniversary reading, month-end clamped); 0 if not started. */
export function fullMonthsBetween(start: Date, asOf: Date): number {
  if (asOf.getTime() < start.getTime()) return 0;
  let months = (asOf.getUTCFullYear() - start.getUTCFullYear()) * 12 + asOf.getUTCMonth() - start.getUTCMonth();
  if (addMonths(start, months).getTime() > asOf.getTime()) months -= 1;
  return Math.max(0, months);
}

/** "3年2个月", "5年", "8个月", "不足1个月". */
export function formatTenure(start: Date, asOf: Date): string {
  const months = fullMonthsBetween(start, asOf);
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (y === 0 && m === 0) return "不足1个月";
  return `${y ? `${y}年` : ""}${m ? `${m}个月` : ""}`;
}
