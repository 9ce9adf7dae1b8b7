// Succession by key post (issue 22), the pure half: which kinds a post is (党政正职, 重要部门正职 …),
// which pool tiers and ranks may succeed to it, and how successors are ordered. The verdicts
// themselves come from the rules engine (evaluateCandidate), on the server.
import type { KeyPostKind, PoolTier, Rank, UnitType } from "@/lib/domain/enums";
import { RANKS } from "@/lib/rules";

export interface KeyPostUnit {
  id: string;
  type: UnitType;
  isPartyGovDept: boolean;
}

export interface KeyPostPost {
  isPrincipal: boolean;
  isPartyGovHead: boolean;
}

/** The kinds a team post is; a post is key when one of them is marked in the settings. */
export function postKinds(unit: KeyPostUnit, post: KeyPostPost, importantUnitIds: ReadonlySet<string>): KeyPostKind[] {
  const kinds: KeyPostKind[] = [];
  if (post.isPartyGovHead) kinds.push("PARTY_GOV_HEAD");
  if (!post.isPrincipal) return kinds;
  if (importantUnitIds.has(unit.id)) kinds.push("IMPORTANT_DEPT_HEAD");
  if (unit.type === "PARTY_GOV_DEPT" || unit.isPartyGovDept) kinds.push("DEPT_HEAD");
  else if (unit.type !== "STREET" && unit.type !== "TOWNSHIP") kinds.push("UNIT_HEAD");
  return kinds;
}

/** Pool tiers that prepare cadres for a post of this rank (D20 tiers by level; SS12 正职/副职后备). */
export function tiersFor(rank: Rank): PoolTier[] {
  switch (rank) {
    case "DIVISION_PRINCIPAL":
      return ["DIVISION_PRINCIPAL"];
    case "DIVISION_DEPUTY":
      return ["DIVISION_DEPUTY"];
    case "SECTION_PRINCIPAL":
      return ["SECTION", "PRINCIPAL_RESERVE"];
    case "SECTION_DEPUTY":
      return ["SECTION", "DEPUTY_RESERVE"];
    default:
      return [];
  }
}

/**
 * A successor holds the post's rank (a move at the same level) or the rank directly below it
 * (a promotion, judged by the PROMOTION verdict for the post's rank). Anyone else: not a fit.
 */
export function rankStep(candidate: Rank | null, post: Rank): "SAME" | "PROMOTION" | null {
  if (!candidate) return null;
  const c = RANKS.indexOf(candidate);
  const p = RANKS.indexOf(post);
  if (c === p) return "SAME";
  if (c === p + 1) return "PROMOTION";
  return null;
}

export interface RankedSuccessor {
  ready: boolean;
  eligible: boolean;
  sameTypeExperience: boolean;
  name: string;
}

/** Ready (近期可提拔 and not ineligible) first, then eligible, then experience in the same kind of unit. */
export function compareSuccessors(a: RankedSuccessor, b: RankedSuccessor): number {
  return (
    Number(b.ready) - Number(a.ready) ||
    Number(b.eligible) - Number(a.eligible) ||
    Number(b.sameTypeExperience) - Number(a.sameTypeExperience) ||
    a.name.localeCompare(b.name, "zh-CN")
  );
}
