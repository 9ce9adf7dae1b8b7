// Shared helpers of the pool structure rules: the evaluation context and the PoolRow wrapper.
// Items are entry indices into the day's facts (entry-info.ts).
import type { PoolTier } from "../model/enums";
import type { PoolRow } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import type { RowInput } from "../util/rows";
import { buildRow } from "../util/rows";
import { TIER_CODE } from "./compact-entries";
import type { PoolDay } from "./entry-info";

export interface PoolContext {
  profile: ResolvedProfile;
  asOf: Date;
  day: PoolDay;
}

export type PoolRowInput = Omit<RowInput<number>, "profile" | "subject" | "idOf" | "unit"> & { unit?: string };

export function poolRow(ctx: PoolContext, input: PoolRowInput): PoolRow {
  const ids = ctx.day.compact.id;
  const row = buildRow<number>({
    unit: "人",
    ...input,
    profile: ctx.profile,
    subject: "ENTRY",
    idOf: (k) => ids[k],
  });
  return { ...row, entryIds: row.ids };
}

/** The active entries of the given tiers. */
export function ofTiers(day: PoolDay, tiers: readonly PoolTier[]): number[] {
  const want = new Uint8Array(8);
  for (const t of tiers) want[TIER_CODE[t]] = 1;
  const tier = day.compact.tier;
  return day.active.filter((k) => want[tier[k]] === 1);
}

/** The entries of `base` in one tier. */
export function ofTier(day: PoolDay, base: readonly number[], tier: PoolTier): number[] {
  const code = TIER_CODE[tier];
  const tiers = day.compact.tier;
  return base.filter((k) => tiers[k] === code);
}

/** The same base without the entries expected to leave their tier by the horizon. */
export function stayers(day: PoolDay, base: readonly number[]): number[] {
  return base.filter((k) => day.staysLater[k] === 1);
}

export const always = () => true;
export const staysLater = (day: PoolDay) => (k: number) => day.staysLater[k] === 1;
export const hasFlag = (day: PoolDay, flag: number) => (k: number) => (day.compact.flags[k] & flag) !== 0;
