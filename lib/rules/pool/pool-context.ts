// Shared helpers of the pool structure rules: the evaluation context and the PoolRow wrapper.
import type { PoolTier } from "../model/enums";
import type { PoolRow } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import type { RowInput } from "../util/rows";
import { buildRow } from "../util/rows";
import type { EntryInfo } from "./entry-info";

export interface PoolContext {
  profile: ResolvedProfile;
  asOf: Date;
  infos: EntryInfo[];
}

export type PoolRowInput = Omit<RowInput<EntryInfo>, "profile" | "subject" | "idOf" | "unit"> & { unit?: string };

export function poolRow(ctx: PoolContext, input: PoolRowInput): PoolRow {
  const row = buildRow<EntryInfo>({ unit: "人", ...input, profile: ctx.profile, subject: "ENTRY", idOf: (i) => i.id });
  return { ...row, entryIds: row.ids };
}

export function ofTiers(infos: readonly EntryInfo[], tiers: readonly PoolTier[]): EntryInfo[] {
  return infos.filter((i) => tiers.includes(i.tier));
}

/** The same base without the entries expected to leave their tier by the horizon. */
export function stayers(infos: readonly EntryInfo[]): EntryInfo[] {
  return infos.filter((i) => i.staysLater);
}

export const always = () => true;
export const staysLater = (i: EntryInfo) => i.staysLater;
