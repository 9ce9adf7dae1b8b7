// One line of the 讨论任免名单 (the docket a meeting reads): the candidate, the unit, the post held
// and what is proposed (拟任/拟免 from the nomination; the tier when no post was proposed). Pure.
import type { Gender, PoolTier } from "@/lib/domain/enums";
import { genderLabel, poolTierLabel } from "@/lib/labels";
import { formatYearMonth } from "@/lib/format/dates";

export interface DocketNomination {
  id: string;
  tier: PoolTier;
  proposedPost: string | null;
  proposedRemoval: string | null;
  cadre: { id: string; name: string; gender: Gender; birthDate: Date | null; currentPostTitle: string | null };
  unit: { name: string };
}

export interface DocketLine {
  nominationId: string;
  cadreId: string;
  name: string;
  gender: string;
  birth: string;
  unit: string;
  currentPost: string;
  proposedPost: string;
  proposedRemoval: string;
}

export function docketLine(n: DocketNomination): DocketLine {
  return {
    nominationId: n.id,
    cadreId: n.cadre.id,
    name: n.cadre.name,
    gender: genderLabel[n.cadre.gender],
    birth: formatYearMonth(n.cadre.birthDate),
    unit: n.unit.name,
    currentPost: n.cadre.currentPostTitle ?? "",
    proposedPost: n.proposedPost ?? `列为${poolTierLabel[n.tier]}`,
    proposedRemoval: n.proposedRemoval ?? "",
  };
}

export const DOCKET_HEADERS = ["序号", "姓名", "性别", "出生年月", "单位", "现任职务", "拟任", "拟免"] as const;

export function docketRow(l: DocketLine, i: number): string[] {
  return [String(i + 1), l.name, l.gender, l.birth, l.unit, l.currentPost, l.proposedPost, l.proposedRemoval];
}
