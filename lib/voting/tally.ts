// Counting a session's ballots (pure): turnout per voter category, valid and invalid ballots,
// and per name the raw counts and the weighted shares. The weighted share of a choice is
// Σ w_c × n_c / valid_c over the categories with valid ballots, divided by Σ w_c over the same
// categories (so a category nobody from voted does not pull every share down, and weights need
// not add up to 1). Raw share: n / valid over all categories.
import type { VoterCategory, VotingKind } from "@/lib/domain/enums";
import { choicesFor, RECOGNITION_CHOICES, type BallotChoice, type Marks } from "./choices";

export interface TallyCategory {
  category: VoterCategory;
  weight: number;
  /** codes issued (发出) */
  issued: number;
}

export interface TallyBallot {
  category: VoterCategory;
  valid: boolean;
  marks: Marks;
}

export interface CategoryTurnout extends TallyCategory {
  /** ballots cast (收回) */
  cast: number;
  valid: number;
  invalid: number;
}

export interface CandidateTally {
  id: string;
  label: string;
  counts: Partial<Record<BallotChoice, number>>;
  byCategory: Partial<Record<VoterCategory, Partial<Record<BallotChoice, number>>>>;
  rawShare: Partial<Record<BallotChoice, number>>;
  /** null when no category with valid ballots has a weight */
  weightedShare: Partial<Record<BallotChoice, number>> | null;
}

export interface Tally {
  categories: CategoryTurnout[];
  totals: { issued: number; cast: number; valid: number; invalid: number };
  candidates: CandidateTally[];
}

export function tallyBallots(
  kind: VotingKind,
  categories: readonly TallyCategory[],
  candidates: readonly { id: string; label: string }[],
  ballots: readonly TallyBallot[],
): Tally {
  const choices = choicesFor(kind);
  const turnout = categories.map((c) => {
    const mine = ballots.filter((b) => b.category === c.category);
    const valid = mine.filter((b) => b.valid).length;
    return { ...c, cast: mine.length, valid, invalid: mine.length - valid };
  });
  const counted = turnout.filter((c) => c.valid > 0);
  const weightSum = counted.reduce((s, c) => s + c.weight, 0);
  const validTotal = turnout.reduce((s, c) => s + c.valid, 0);
  const rows = candidates.map((cand): CandidateTally => {
    const byCategory: CandidateTally["byCategory"] = {};
    const counts: CandidateTally["counts"] = {};
    for (const c of turnout) {
      const per: Partial<Record<BallotChoice, number>> = {};
      for (const ch of choices) per[ch] = 0;
      for (const b of ballots) {
        if (b.category !== c.category || !b.valid) continue;
        const m = b.marks[cand.id];
        if (m) per[m] = (per[m] ?? 0) + 1;
      }
      byCategory[c.category] = per;
      for (const ch of choices) counts[ch] = (counts[ch] ?? 0) + (per[ch] ?? 0);
    }
    const rawShare: CandidateTally["rawShare"] = {};
    for (const ch of choices) rawShare[ch] = validTotal ? (counts[ch] ?? 0) / validTotal : 0;
    let weightedShare: CandidateTally["weightedShare"] = null;
    if (weightSum > 0) {
      weightedShare = {};
      for (const ch of choices)
        weightedShare[ch] =
          counted.reduce((s, c) => s + (c.weight * (byCategory[c.category]?.[ch] ?? 0)) / c.valid, 0) / weightSum;
    }
    return { id: cand.id, label: cand.label, counts, byCategory, rawShare, weightedShare };
  });
  return {
    categories: turnout,
    totals: {
      issued: turnout.reduce((s, c) => s + c.issued, 0),
      cast: turnout.reduce((s, c) => s + c.cast, 0),
      valid: validTotal,
      invalid: turnout.reduce((s, c) => s + c.invalid, 0),
    },
    candidates: rows,
  };
}

/** 群众公认度: the weighted share of 优秀 + 称职 (raw when no weights apply). */
export function recognitionShare(row: CandidateTally): number {
  const shares = row.weightedShare ?? row.rawShare;
  return RECOGNITION_CHOICES.reduce((s, ch) => s + (shares[ch] ?? 0), 0);
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}
