import { describe, expect, it } from "vitest";
import { decisionVote, resolveProfile } from "@/lib/rules";
import { ALL } from "./fixtures";

const vote = (expected: number, present: number, votesFor: number, votesAgainst = 0, votesAbstain = 0) =>
  decisionVote({ expected, present, votesFor, votesAgainst, votesAbstain }, ALL);

describe("NAT-VOTE: quorum (应到 × 2/3) and majority (同意 > 应到 × 1/2)", () => {
  it("9 members, 7 present, 6 agree → passes (7 ≥ 6, 6 > 4.5)", () => {
    const v = vote(9, 7, 6, 1);
    expect(v).toMatchObject({ ruleId: "NAT-VOTE", outcome: "PASSED", quorum: true, majority: true });
    expect(v).toMatchObject({ quorumNeeded: 6, majorityNeeded: 5 });
    expect(v.message).toContain("应到9人，实到7人；同意6票，不同意1票，弃权0票");
  });

  it("9 members, 5 present → no quorum (5 < 6), however they vote", () => {
    const v = vote(9, 5, 5);
    expect(v).toMatchObject({ outcome: "NO_QUORUM", quorum: false, majority: false });
    expect(v.message).toContain("未达到法定人数");
    expect(v.message).toContain("至少6人");
  });

  it("9 members, 6 present → quorum exactly at 2/3 (6 = 9 × 2/3)", () => {
    expect(vote(9, 6, 5, 1).outcome).toBe("PASSED");
  });

  it("9 members, 7 present, 4 agree → fails the majority (4 ≤ 4.5)", () => {
    const v = vote(9, 7, 4, 2, 1);
    expect(v).toMatchObject({ outcome: "NOT_PASSED", quorum: true, majority: false, majorityNeeded: 5 });
    expect(v.message).toContain("至少5票");
  });

  it("10 members, 7 present, 5 agree → fails: 5 is half of 应到, not more (5 ≤ 5); 6 passes", () => {
    expect(vote(10, 7, 5).outcome).toBe("NOT_PASSED");
    expect(vote(10, 7, 6).outcome).toBe("PASSED");
  });

  it("12 members, 7 present → no quorum (7 < 8 = 12 × 2/3)", () => {
    expect(vote(12, 7, 7).outcome).toBe("NO_QUORUM");
    expect(vote(12, 8, 7).outcome).toBe("PASSED");
  });

  it("a profile may raise the quorum to 3/4 (9 members: 7 needed) but not lower it below 2/3", () => {
    const strict = resolveProfile({
      key: "strict",
      name: "严格",
      extends: "national-baseline",
      params: { nat: { decisionQuorumRatio: 0.75 } },
    });
    expect(
      decisionVote({ expected: 9, present: 6, votesFor: 6, votesAgainst: 0, votesAbstain: 0 }, strict),
    ).toMatchObject({ outcome: "NO_QUORUM", quorumNeeded: 7 });
    const loose = resolveProfile({
      key: "loose",
      name: "宽松",
      extends: "national-baseline",
      params: { nat: { decisionQuorumRatio: 0.5, decisionMajorityRatio: 0.3 } },
    });
    expect(
      decisionVote({ expected: 9, present: 5, votesFor: 5, votesAgainst: 0, votesAbstain: 0 }, loose).outcome,
    ).toBe("NO_QUORUM");
    expect(
      decisionVote({ expected: 9, present: 7, votesFor: 4, votesAgainst: 0, votesAbstain: 3 }, loose).outcome,
    ).toBe("NOT_PASSED");
  });

  it("no members → no quorum", () => {
    expect(vote(0, 0, 0).outcome).toBe("NO_QUORUM");
  });
});
