// A what-if staffing plan's moves as the rules read them (模拟调配, docs/staffing-plans.md).
import type { Rank } from "../model/enums";
import type { PostFact, StaffCadreFact } from "../model/org-facts";

export type MoveKind = "PLACE" | "SWAP" | "EXIT";

/**
 * PLACE: cadreId takes postId, leaving the leadership posts they hold. SWAP: cadreId (holding
 * otherPostId) takes postId and otherCadreId (holding postId) takes otherPostId. EXIT: cadreId
 * leaves postId (免职).
 */
export interface PlanMove {
  id: string;
  kind: MoveKind;
  cadreId: string;
  postId: string;
  otherCadreId?: string | null;
  otherPostId?: string | null;
}

/** A moved person: the staffing facts plus the 职务层次 held now (a higher post is a promotion). */
export interface PlanPerson extends StaffCadreFact {
  rank: Rank | null;
}

/** One person taking one post in the plan. */
export interface Placement {
  moveId: string;
  cadreId: string;
  post: PostFact;
}

/** Something about a move the plan's officer should know (the post is not vacant, the cadre does not hold the post …). */
export interface MoveNote {
  moveId: string;
  message: string;
}
