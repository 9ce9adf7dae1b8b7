// What a cadre is being evaluated for. Each target selects its own rules; the 考察对象
// exclusions (ZZ15-EXCL) and the personal-matters report (ZZ15-PMR) apply to every target.
import type { PoolTier, Rank } from "../model/enums";
import { rankLabel, poolTierLabel } from "../labels";

export type PromotionRank = Exclude<Rank, "STAFF">;
export type DunmiaoRole = "SECRETARY" | "HEAD" | "DEPUTY_SECRETARY";

export type CandidateTarget =
  /** entry into a pool tier (正处/副处/科级; 正职后备/副职后备) */
  | { kind: "POOL"; tier: PoolTier }
  /** newly promoted to a rank as a young cadre (新提拔正科/副科 …) */
  | { kind: "PROMOTION"; rank: PromotionRank }
  /** preferential transfer-in from outside the district (D20-XFER-*) */
  | { kind: "TRANSFER_IN" }
  /** township (street) secretary or head selected to a provincial/city post (SX-UP-*) */
  | { kind: "TOWNSHIP_UP"; level: "PROVINCIAL" | "CITY"; route?: "SECRETARY" | "HEAD" }
  /** 墩苗 posting to a township (street) in a role (SX-DOWN-*) */
  | { kind: "DUNMIAO"; role: DunmiaoRole };

const DUNMIAO_LABELS: Record<DunmiaoRole, string> = {
  SECRETARY: "乡镇（街道）党（工）委书记",
  HEAD: "乡镇长（街办主任）",
  DEPUTY_SECRETARY: "乡镇（街道）党（工）委副书记",
};

export function dunmiaoRoleLabel(role: DunmiaoRole): string {
  return DUNMIAO_LABELS[role];
}

export function targetLabel(target: CandidateTarget): string {
  switch (target.kind) {
    case "POOL":
      return `入库：${poolTierLabel[target.tier]}`;
    case "PROMOTION":
      return `新提拔${rankLabel[target.rank]}年轻干部`;
    case "TRANSFER_IN":
      return "优先调入";
    case "TOWNSHIP_UP":
      return `乡镇（街道）${target.route === "HEAD" ? "乡镇长" : "书记"}到${target.level === "PROVINCIAL" ? "省直" : "市直"}单位任职`;
    case "DUNMIAO":
      return `“墩苗”选派：${DUNMIAO_LABELS[target.role]}`;
  }
}
