import { describe, expect, it } from "vitest";
import { checkBallot } from "@/lib/voting/choices";
import { CODE_ALPHABET, CODE_ENTROPY_BITS, formatCode, normalizeCode } from "@/lib/voting/code-format";
import { recognitionShare, tallyBallots } from "@/lib/voting/tally";
import { sessionState } from "@/lib/voting/state";

describe("voting codes", () => {
  it("12 of 30 unambiguous characters: log2(30) × 12 = 58.9 bits; typed in any case, with dashes or spaces", () => {
    expect(CODE_ALPHABET).not.toMatch(/[01ILOU]/);
    expect(new Set(CODE_ALPHABET).size).toBe(30);
    expect(CODE_ENTROPY_BITS).toBeCloseTo(58.88, 2);
    expect(normalizeCode(" abcd-efgh jkmn ")).toBe("ABCDEFGHJKMN");
    expect(normalizeCode("ABCD-EFGH-JKM0")).toBeNull();
    expect(normalizeCode("ABCD-EFGH")).toBeNull();
    expect(formatCode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
  });
});

describe("ballots and tallies", () => {
  it("refuses more 推荐 than allowed and marks of the other kind; a blank ballot is cast but invalid", () => {
    const ids = ["a", "b"];
    expect(checkBallot("MEETING_RECOMMENDATION", 1, ids, { a: "RECOMMEND", b: "RECOMMEND" })).toMatchObject({
      ok: false,
    });
    expect(checkBallot("MEETING_RECOMMENDATION", 1, ids, { a: "EXCELLENT" })).toMatchObject({ ok: false });
    expect(checkBallot("MEETING_RECOMMENDATION", 1, ids, { x: "RECOMMEND" })).toMatchObject({ ok: false });
    expect(checkBallot("MEETING_RECOMMENDATION", 1, ids, {})).toEqual({ ok: true, valid: false });
    expect(checkBallot("TEAM_EVALUATION", 1, ids, { a: "COMPETENT", b: "EXCELLENT" })).toEqual({
      ok: true,
      valid: true,
    });
  });

  it("测评 weighted 称职以上: (0.5×2/2 + 0.5×1/4) ÷ 1.0 = 56.25%; a category without valid ballots drops out of the weights", () => {
    const t = tallyBallots(
      "CANDIDATE_EVALUATION",
      [
        { category: "TEAM_MEMBER", weight: 0.5, issued: 2 },
        { category: "MIDDLE_MANAGER", weight: 0.5, issued: 4 },
        { category: "OTHER_CADRE", weight: 0.3, issued: 3 },
      ],
      [{ id: "a", label: "甲" }],
      [
        { category: "TEAM_MEMBER", valid: true, marks: { a: "EXCELLENT" } },
        { category: "TEAM_MEMBER", valid: true, marks: { a: "COMPETENT" } },
        { category: "MIDDLE_MANAGER", valid: true, marks: { a: "COMPETENT" } },
        { category: "MIDDLE_MANAGER", valid: true, marks: { a: "INCOMPETENT" } },
        { category: "MIDDLE_MANAGER", valid: true, marks: { a: "BASICALLY_COMPETENT" } },
        { category: "MIDDLE_MANAGER", valid: true, marks: {} },
        { category: "OTHER_CADRE", valid: false, marks: {} },
      ],
    );
    expect(t.totals).toEqual({ issued: 9, cast: 7, valid: 6, invalid: 1 });
    expect(recognitionShare(t.candidates[0])).toBeCloseTo(0.5 * 1 + 0.5 * 0.25, 10);
    expect(t.candidates[0].rawShare.COMPETENT).toBeCloseTo(2 / 6, 10);
  });
});

describe("a session's state as staff read it", () => {
  const s = { opensAt: new Date("2026-12-01T01:00:00Z"), closesAt: new Date("2026-12-01T03:00:00Z"), closedAt: null };
  const during = new Date("2026-12-01T02:00:00Z");
  it("a ballot is 投票中 in its window; a 个别谈话 session is 谈话记录中; before and after as for any kind", () => {
    expect(sessionState(s, during)).toBe("投票中");
    expect(sessionState({ ...s, kind: "TALK_RECORD" }, during)).toBe("谈话记录中");
    expect(sessionState({ ...s, kind: "TALK_RECORD" }, new Date("2026-12-01T00:00:00Z"))).toBe("未开始");
    expect(sessionState({ ...s, kind: "TALK_RECORD", closedAt: during }, during)).toBe("已结束");
  });
});
