// One base for one heading (issue 24 item 5): the 队伍结构 cards counted different people under
// look-alike headings — the summary's 在库 (every open entry, e.g. 198) beside the 女干部 share of
// the district-2020 targets, which count only 科级以上 tiers (正处级, 副处级, 科级: e.g. 91). Each
// card now names the people it counts, and every share in it is taken of that number.
import type { PoolView } from "./model";

export interface PoolBase {
  /** "在库" or "科级以上在库" */
  label: string;
  n: number;
}

const pct = (count: number, n: number) => (n ? `${((count / n) * 100).toFixed(1)}%` : "—");

export function poolBases(pool: Pick<PoolView, "activeCount" | "women">) {
  const all: PoolBase = { label: "在库", n: pool.activeCount };
  // D20-POOL-WOMEN/-MINORITY/-NONPARTY count the 科级以上 tiers only (lib/rules/pool/d20-structure.ts)
  const diversity: PoolBase = pool.women ? { label: "科级以上在库", n: pool.women.n } : all;
  return { all, diversity };
}

export const baseText = (b: PoolBase) => `${b.label} ${b.n} 人`;

/** "女干部 18 人，占科级以上在库 91 人的 19.8%" */
export function shareOf(what: string, count: number, base: PoolBase): string {
  return `${what} ${count} 人，占${baseText(base)}的 ${pct(count, base.n)}`;
}
