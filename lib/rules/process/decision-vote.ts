// NAT-VOTE: a committee deciding on appointments needs at least 2/3 of its members present
// (应到会成员三分之二以上到会), and a decision needs more than half of the members who should
// attend voting in favour (赞成票超过应到会成员半数) — not half of those present, nor of the
// votes cast. The ratios are profile parameters (nat.decisionQuorumRatio,
// nat.decisionMajorityRatio); a profile may make them stricter, never looser than the
// regulation's, so the floor is applied here whatever the profile says.
import type { ResolvedProfile } from "../profiles/types";

export const MIN_QUORUM_RATIO = 2 / 3;
export const MIN_MAJORITY_RATIO = 1 / 2;
// Ratios are stored as decimals (2/3 ≈ 0.6667): compare with a little slack so 6 of 9 is 2/3.
const EPSILON = 1e-6;

export interface VoteCount {
  /** 应到会成员 */
  expected: number;
  /** 实到会成员 */
  present: number;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

export type VoteOutcome = "PASSED" | "NO_QUORUM" | "NOT_PASSED";

export interface VoteVerdict {
  ruleId: "NAT-VOTE";
  outcome: VoteOutcome;
  quorum: boolean;
  majority: boolean;
  /** the fewest members present for a quorum, and the fewest votes in favour for a decision */
  quorumNeeded: number;
  majorityNeeded: number;
  message: string;
}

function ratios(profile: ResolvedProfile): { quorum: number; majority: number } {
  const nat = profile.params.nat;
  return {
    quorum: Math.max(MIN_QUORUM_RATIO, nat.decisionQuorumRatio),
    majority: Math.max(MIN_MAJORITY_RATIO, nat.decisionMajorityRatio),
  };
}

const fraction = (r: number) =>
  Math.abs(r - 2 / 3) < EPSILON ? "三分之二" : Math.abs(r - 1 / 2) < EPSILON ? "半数" : `${Math.round(r * 100)}%`;

/** 9 应到, 7 实到, 6 同意 → PASSED; 5 实到 → NO_QUORUM; 7 实到, 4 同意 → NOT_PASSED (4 ≤ 4.5). */
export function decisionVote(v: VoteCount, profile: ResolvedProfile): VoteVerdict {
  const r = ratios(profile);
  const quorumNeeded = Math.ceil(v.expected * r.quorum - EPSILON);
  // "超过": strictly more than expected × ratio
  const majorityNeeded = Math.floor(v.expected * r.majority + EPSILON) + 1;
  const quorum = v.expected > 0 && v.present >= quorumNeeded;
  const majority = quorum && v.votesFor >= majorityNeeded;
  const tally = `应到${v.expected}人，实到${v.present}人；同意${v.votesFor}票，不同意${v.votesAgainst}票，弃权${v.votesAbstain}票`;
  const outcome: VoteOutcome = !quorum ? "NO_QUORUM" : majority ? "PASSED" : "NOT_PASSED";
  const message = !quorum
    ? `未达到法定人数：应到会成员${fraction(r.quorum)}以上（至少${quorumNeeded}人）到会方可表决，${tally}`
    : majority
      ? `表决通过：同意票超过应到会成员${fraction(r.majority)}（至少${majorityNeeded}票），${tally}`
      : `未通过：同意票须超过应到会成员${fraction(r.majority)}（至少${majorityNeeded}票），${tally}`;
  return { ruleId: "NAT-VOTE", outcome, quorum, majority, quorumNeeded, majorityNeeded, message };
}
