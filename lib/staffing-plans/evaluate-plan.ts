// What a plan changes, computed in memory from the district's staffing index on the plan's date
// (built once per data change and kept, lib/server/staffing-plans/plan-base.ts): the moves are
// applied to a copy of the index's holders (applyMoves), the staffing targets are computed again
// from the copy — a pass over units and posts, not over the district's appointments — and only
// the teams the moves touched are looked at. Nothing is written. Pure.
import {
  applyMoves,
  evaluateCandidate,
  RANKS,
  staffingRows,
  type CadreFacts,
  type MoveNote,
  type Placement,
  type PlanMove,
  type PlanPerson,
  type PostFact,
  type PromotionFact,
  type StaffingContext,
  type TargetRow,
  type Verdict,
} from "@/lib/rules";
import type { PoolTier } from "@/lib/domain/enums";
import { diffTargets, type TargetChange } from "./target-changes";
import { teamSnapshot, type TeamSnapshot } from "./team-snapshot";
import { tierForPost } from "./post-tier";

/** The real district on the plan's date: its index, rows and promotions, computed once and shared by every plan. */
export interface PlanBase {
  ctx: StaffingContext;
  rows: TargetRow[];
  promotions: readonly PromotionFact[];
  postsById: ReadonlyMap<string, PostFact>;
}

export function planBase(
  ctx: StaffingContext,
  promotions: readonly PromotionFact[],
  posts: readonly PostFact[],
): PlanBase {
  return { ctx, promotions, rows: staffingRows(ctx, promotions), postsById: new Map(posts.map((p) => [p.id, p])) };
}

export interface TeamChange {
  unitId: string;
  unitName: string;
  before: TeamSnapshot;
  after: TeamSnapshot;
}

/** The rule verdicts of one person in their new post: the promotion to its level, and the pool tier a 动议 would name. */
export interface PlacementVerdict {
  moveId: string;
  cadreId: string;
  postId: string;
  tier: PoolTier;
  promotion: Verdict | null;
  pool: Verdict;
}

export interface PlanEvaluation {
  targets: TargetChange[];
  teams: TeamChange[];
  verdicts: PlacementVerdict[];
  notes: MoveNote[];
}

export function evaluatePlan(
  base: PlanBase,
  moves: readonly PlanMove[],
  people: ReadonlyMap<string, PlanPerson>,
  cadreFacts: ReadonlyMap<string, CadreFacts>,
): PlanEvaluation {
  const { profile, asOf } = base.ctx;
  const applied = applyMoves(base.ctx.idx, base.postsById, people, moves);
  const ctx: StaffingContext = { ...base.ctx, idx: applied.idx };
  const promotions = [...base.promotions, ...planPromotions(ctx, applied.placements, people)];
  const after = staffingRows(ctx, promotions);
  const teams = applied.affectedUnits.map((unitId) => ({
    unitId,
    unitName: base.ctx.idx.unitsById.get(unitId)?.name ?? "",
    before: teamSnapshot(base.ctx.idx, unitId, profile),
    after: teamSnapshot(applied.idx, unitId, profile),
  }));
  const verdicts: PlacementVerdict[] = [];
  for (const p of applied.placements) {
    const facts = cadreFacts.get(p.cadreId);
    if (!facts) continue;
    const tier = tierForPost(p.post, profile);
    verdicts.push({
      moveId: p.moveId,
      cadreId: p.cadreId,
      postId: p.post.id,
      tier,
      promotion:
        p.post.rank === "STAFF"
          ? null
          : evaluateCandidate(facts, { kind: "PROMOTION", rank: p.post.rank }, profile, asOf),
      pool: evaluateCandidate(facts, { kind: "POOL", tier }, profile, asOf),
    });
  }
  return { targets: diffTargets(base.rows, after), teams, verdicts, notes: applied.notes };
}

/** A placement in a post above the rank the person holds is a promotion on the plan's date (D20-ST-NEWPROMO, -3Y-*). */
function planPromotions(
  ctx: StaffingContext,
  placements: readonly Placement[],
  people: ReadonlyMap<string, PlanPerson>,
): PromotionFact[] {
  const out: PromotionFact[] = [];
  for (const p of placements) {
    const person = people.get(p.cadreId);
    const unit = ctx.idx.unitsById.get(p.post.unitId);
    if (!person || !unit) continue;
    const higher = person.rank == null || RANKS.indexOf(p.post.rank) < RANKS.indexOf(person.rank);
    if (!higher || p.post.rank === "STAFF") continue;
    out.push({
      id: `plan:${p.moveId}:${p.cadreId}`,
      cadreId: p.cadreId,
      birthDate: person.birthDate,
      promotedOn: ctx.asOf,
      toRank: p.post.rank,
      unitId: unit.id,
      unitType: unit.type,
      isPrincipal: p.post.isPrincipal,
      isPartyGovDept: unit.isPartyGovDept || unit.type === "PARTY_GOV_DEPT",
    });
  }
  return out;
}
