// Shared by the staffing target files: the context and a row helper that fills in the profile.
import type { TargetRow } from "../model/results";
import type { ResolvedProfile } from "../profiles/types";
import type { RowInput } from "../util/rows";
import { buildRow } from "../util/rows";
import type { Holder, StaffingIndex } from "./staffing-index";

export interface StaffingContext {
  profile: ResolvedProfile;
  asOf: Date;
  idx: StaffingIndex;
}

export function staffingRow<T>(ctx: StaffingContext, input: Omit<RowInput<T>, "profile">): TargetRow {
  return buildRow<T>({ ...input, profile: ctx.profile });
}

export const anyAged = (hs: readonly Holder[], maxAge: number) => hs.some((h) => h.age <= maxAge);
export const anyAgedLater = (hs: readonly Holder[], maxAge: number) => hs.some((h) => h.ageLater <= maxAge);
