// Promotions as compact arrays (struct of arrays): what the promotion targets (promotion-targets.ts,
// three-year-targets.ts) and the dashboard's young-share chart read of each promotion — its day,
// year, rank, the promoted cadre's age on that day, and the post's kind — worked out once. A
// day's targets then read numbers instead of following 37,000 promotion objects (at 500,000
// cadres) to their dates: those reads, scattered over a large heap, were most of the time.
//
// A caller that keeps promotions sorted hands out slices that share its compact arrays
// (slicePromotions: the dashboard's promotion store, whose every day's list is a new array of the
// same promotions); any other list is compacted on each call (promotion arrays are often built
// for one call and some callers reuse theirs after changing it).
import { ageOn } from "../age";
import { RANKS } from "../model/enums";
import type { PromotionFact } from "../model/org-facts";

export const P_PRINCIPAL = 1;
/** 区管: the district committee appoints the post (isDistrictManaged) */
export const P_MANAGED = 2;
export const P_STREET = 4;
/** a 党政工作部门 */
export const P_DEPT = 8;

export interface CompactPromotions {
  list: readonly PromotionFact[];
  id: readonly string[];
  /** promotedOn */
  t: Float64Array;
  /** promotedOn's UTC year */
  year: Int16Array;
  /** the cadre's age in full years on promotedOn */
  age: Int16Array;
  /** toRank's index in RANKS */
  rank: Uint8Array;
  flags: Uint8Array;
}

export const RANK_CODE: Readonly<Record<(typeof RANKS)[number], number>> = Object.fromEntries(
  RANKS.map((r, i) => [r, i]),
) as Record<(typeof RANKS)[number], number>;
export const STAFF_CODE = RANK_CODE.STAFF;

/**
 * 区管正职/副职: posts the district committee itself appoints — in this district the 处级 ones
 * (the pool's tiers are 正处/副处/科级, and 科级 posts are filled by the units' own party
 * organizations, 三(三)1). A fact may say otherwise (districtManaged), e.g. for a 县级 district.
 */
export function isDistrictManaged(p: PromotionFact): boolean {
  return p.districtManaged ?? (p.toRank === "DIVISION_PRINCIPAL" || p.toRank === "DIVISION_DEPUTY");
}

const kept = new WeakMap<readonly PromotionFact[], CompactPromotions>();

export function compactPromotions(list: readonly PromotionFact[]): CompactPromotions {
  return kept.get(list) ?? buildCompactPromotions(list);
}

export function buildCompactPromotions(list: readonly PromotionFact[]): CompactPromotions {
  const c = emptyCompactPromotions(list);
  for (let k = 0; k < list.length; k++) fillPromotion(c, k, list[k]);
  return c;
}

/** Arrays sized for `list`, to be filled row by row (fillPromotion, copyPromotion). */
export function emptyCompactPromotions(list: readonly PromotionFact[]): CompactPromotions {
  const n = list.length;
  return {
    list,
    id: new Array<string>(n),
    t: new Float64Array(n),
    year: new Int16Array(n),
    age: new Int16Array(n),
    rank: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
}

/** Row k of `c` copied from row j of `from` (the same promotion). */
export function copyPromotion(c: CompactPromotions, k: number, from: CompactPromotions, j: number): void {
  (c.id as string[])[k] = from.id[j];
  c.t[k] = from.t[j];
  c.year[k] = from.year[j];
  c.age[k] = from.age[j];
  c.rank[k] = from.rank[j];
  c.flags[k] = from.flags[j];
}

export function fillPromotion(c: CompactPromotions, k: number, p: PromotionFact): void {
  (c.id as string[])[k] = p.id;
  c.t[k] = p.promotedOn.getTime();
  c.year[k] = p.promotedOn.getUTCFullYear();
  c.age[k] = ageOn(p.birthDate, p.promotedOn);
  c.rank[k] = RANK_CODE[p.toRank];
  c.flags[k] =
    (p.isPrincipal ? P_PRINCIPAL : 0) |
    (isDistrictManaged(p) ? P_MANAGED : 0) |
    (p.unitType === "STREET" ? P_STREET : 0) |
    (p.unitType === "PARTY_GOV_DEPT" || p.isPartyGovDept ? P_DEPT : 0);
}

/** Promotions lo..hi−1 of a compact as their own list, its arrays views of the compact's (kept for the list). */
export function slicePromotions(c: CompactPromotions, lo: number, hi: number): PromotionFact[] {
  const list = c.list.slice(lo, hi);
  kept.set(list, {
    list,
    id: c.id.slice(lo, hi),
    t: c.t.subarray(lo, hi),
    year: c.year.subarray(lo, hi),
    age: c.age.subarray(lo, hi),
    rank: c.rank.subarray(lo, hi),
    flags: c.flags.subarray(lo, hi),
  });
  return list;
}

/** The promotions whose t is within [from, to] (indices, in order). */
export function promotionsWithin(
  c: CompactPromotions,
  from: number,
  to: number,
  accept?: (k: number) => boolean,
): number[] {
  const out: number[] = [];
  for (let k = 0; k < c.t.length; k++) if (c.t[k] >= from && c.t[k] <= to && (!accept || accept(k))) out.push(k);
  return out;
}
