// The pool's entries as compact arrays (struct of arrays), built once per fact set and kept
// while the array is alive: what a structure rule reads of an entry that does not depend on the
// reference date — entry and exit days, the birth day key, the tier, the diversity flags and
// the highest education. Each evaluation then reads typed arrays instead of allocating one
// object per entry (500,000 of them per call spent most of the time in the garbage collector).
//
// Facts are read-only (docs/rules.md): a caller that changes a fact passes a new array, which is
// compacted again. The cache is keyed by the array itself (WeakMap), so it goes when the array does.
import { dayKey } from "../age";
import { educationRank } from "../education";
import type { EducationRecordFact } from "../model/cadre-facts";
import { POOL_TIERS, type PoolTier } from "../model/enums";
import type { PoolEntryFact } from "../model/pool-facts";
import { derivationOf, walkDerived } from "../util/derived";
import { domainReadings } from "./domain-readings";

export const FEMALE = 1;
export const MINORITY = 2;
export const NON_PARTY = 4;

export const TIER_CODE: Readonly<Record<PoolTier, number>> = Object.fromEntries(
  POOL_TIERS.map((t, i) => [t, i]),
) as Record<PoolTier, number>;

export interface CompactEntries {
  entries: readonly PoolEntryFact[];
  /** each entry's id, read without touching the entry objects (a row lists hundreds of thousands) */
  id: string[];
  /** index into `domains` of each entry's domain */
  domain: Int32Array;
  /** the distinct domains (null: none recorded), in order of first appearance */
  domains: (string | null)[];
  enteredOn: Float64Array;
  /** Infinity when the entry is open */
  closedOn: Float64Array;
  birthKey: Int32Array;
  tier: Uint8Array;
  /** FEMALE | MINORITY | NON_PARTY */
  flags: Uint8Array;
  /** educationRank of the highest record, counting every record (any mode / full-time only) */
  eduAny: Uint8Array;
  eduFullTime: Uint8Array;
  /** the latest graduation date among the records (−Infinity: none): before it, some records do not count yet */
  lastGraduation: Float64Array;
}

/** 汉族 is not a minority; an unrecorded ethnicity is not counted as one either. */
export function isMinority(ethnicity: string): boolean {
  const e = ethnicity.trim();
  return e !== "" && e !== "汉族" && e !== "汉";
}

export function isNonParty(status: string): boolean {
  return status !== "CPC_MEMBER" && status !== "CPC_PROBATIONARY";
}

/** educationRank of the highest record completed by time t (0 when none). */
export function educationRankOn(records: readonly EducationRecordFact[], t: number, fullTimeOnly: boolean): number {
  let best = 0;
  for (const r of records) {
    if (fullTimeOnly && !r.fullTime) continue;
    if (r.graduationDate != null && r.graduationDate.getTime() > t) continue;
    const rank = educationRank(r.level);
    if (rank > best) best = rank;
  }
  return best;
}

function lastGraduationOf(records: readonly EducationRecordFact[]): number {
  let last = -Infinity;
  for (const r of records)
    if (r.graduationDate != null && r.graduationDate.getTime() > last) last = r.graduationDate.getTime();
  return last;
}

const kept = new WeakMap<readonly PoolEntryFact[], CompactEntries>();

/** Kept per entries array; patched from the compact of the array it derives from (util/derived.ts) when noted. */
export function compactEntries(entries: readonly PoolEntryFact[]): CompactEntries {
  const hit = kept.get(entries);
  if (hit) return hit;
  const n = entries.length;
  const d = derivationOf(entries);
  const base = d ? kept.get(d.prev) : undefined;
  const c: CompactEntries = {
    entries,
    id: new Array<string>(n),
    domain: new Int32Array(n),
    domains: base ? base.domains.slice() : [],
    enteredOn: new Float64Array(n),
    closedOn: new Float64Array(n),
    birthKey: new Int32Array(n),
    tier: new Uint8Array(n),
    flags: new Uint8Array(n),
    eduAny: new Uint8Array(n),
    eduFullTime: new Uint8Array(n),
    lastGraduation: new Float64Array(n),
  };
  const domainCode = new Map<string | null, number>(c.domains.map((x, i) => [x, i]));
  if (base && d) {
    // a change's entries: the kept rows copied, the added ones filled
    walkDerived(entries, d, {
      kept: (k, j) => copyRow(c, k, base, j),
      fresh: (k) => fillRow(c, k, entries[k], domainCode),
      gone: () => {},
    });
  } else for (let k = 0; k < n; k++) fillRow(c, k, entries[k], domainCode);
  kept.set(entries, c);
  return c;
}

function copyRow(c: CompactEntries, k: number, b: CompactEntries, j: number): void {
  c.id[k] = b.id[j];
  c.domain[k] = b.domain[j];
  c.enteredOn[k] = b.enteredOn[j];
  c.closedOn[k] = b.closedOn[j];
  c.birthKey[k] = b.birthKey[j];
  c.tier[k] = b.tier[j];
  c.flags[k] = b.flags[j];
  c.eduAny[k] = b.eduAny[j];
  c.eduFullTime[k] = b.eduFullTime[j];
  c.lastGraduation[k] = b.lastGraduation[j];
}

function fillRow(c: CompactEntries, k: number, e: PoolEntryFact, domainCode: Map<string | null, number>): void {
  const cadre = e.cadre;
  c.id[k] = e.id;
  const domain = e.domain ?? null;
  let d = domainCode.get(domain);
  if (d === undefined) {
    d = c.domains.length;
    domainCode.set(domain, d);
    c.domains.push(domain);
  }
  c.domain[k] = d;
  c.enteredOn[k] = e.enteredOn.getTime();
  c.closedOn[k] = e.closedOn == null ? Infinity : e.closedOn.getTime();
  c.birthKey[k] = dayKey(cadre.birthDate);
  c.tier[k] = TIER_CODE[e.tier];
  c.flags[k] =
    (cadre.gender === "FEMALE" ? FEMALE : 0) |
    (isMinority(cadre.ethnicity) ? MINORITY : 0) |
    (isNonParty(cadre.politicalStatus) ? NON_PARTY : 0);
  c.eduAny[k] = educationRankOn(cadre.education, Infinity, false);
  c.eduFullTime[k] = educationRankOn(cadre.education, Infinity, true);
  c.lastGraduation[k] = lastGraduationOf(cadre.education);
}

/**
 * Whether entry k's domain is `domain` under any of its readings (金融 is 财政金融:
 * domain-readings.ts), as a code comparison (no string per entry).
 */
export function inDomain(c: CompactEntries, domain: string): (k: number) => boolean {
  const readings = new Set(domainReadings(domain));
  const match = new Uint8Array(c.domains.length);
  c.domains.forEach((d, i) => {
    if (d !== null && readings.has(d)) match[i] = 1;
  });
  const codes = c.domain;
  return match.includes(1) ? (k) => match[codes[k]] === 1 : () => false;
}
