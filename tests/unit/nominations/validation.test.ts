import { describe, expect, it } from "vitest";
import { advanceSchema, nominationSubmissionSchema } from "@/lib/validation/nominations";

const base = {
  cadreId: "c1",
  tier: "DIVISION_DEPUTY",
  method: "BOTH",
  ballotsIssued: "40",
  ballotsValid: "39",
  votesReceived: "31",
  recommendedOn: "2026-08-20",
  reasons: "该同志政治素质好，工作实绩突出。",
};

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("nomination submission schema", () => {
  it("accepts numbers typed as strings and leaves an empty override reason out", () => {
    const r = nominationSubmissionSchema.parse({ ...base, overrideReason: "  ", domain: "" });
    expect(r).toMatchObject({ ballotsIssued: 40, ballotsValid: 39, votesReceived: 31 });
    expect(r.overrideReason).toBeUndefined();
    expect(r.domain).toBeUndefined();
  });

  it("valid 41 > issued 40 and votes 42 > valid 41 are each reported beside their field", () => {
    const r = nominationSubmissionSchema.safeParse({ ...base, ballotsValid: "41", votesReceived: "42" });
    expect(issues(r)).toEqual({
      ballotsValid: "有效票数（41）不能多于发出票数（40）",
      votesReceived: "得票数（42）不能多于有效票数（41）",
    });
  });

  it("refuses 2026-02-30, a fraction of a ballot, and a reason under 10 characters", () => {
    const r = nominationSubmissionSchema.safeParse({
      ...base,
      recommendedOn: "2026-02-30",
      ballotsIssued: "40.5",
      reasons: "很好",
    });
    expect(issues(r)).toMatchObject({
      recommendedOn: "日期格式不正确",
      ballotsIssued: "发出票数应为整数",
      reasons: "推荐理由不少于10个字",
    });
  });
});

describe("step schemas", () => {
  const step = { id: "n1", version: 3, from: "RECOMMENDED" };

  it("考察 splits the investigators on 、 and ，, and wants at least two", () => {
    const ok = advanceSchema.parse({
      ...step,
      to: "INVESTIGATED",
      investigators: "王强、赵丽，孙敏",
      findings: "未发现问题",
      evaluation: "好",
    });
    expect(ok).toMatchObject({ investigators: ["王强", "赵丽", "孙敏"] });
    const one = advanceSchema.safeParse({
      ...step,
      to: "INVESTIGATED",
      investigators: "王强",
      findings: "x",
      evaluation: "y",
    });
    expect(issues(one).investigators).toBe("考察组成员不少于2人，请用顿号分隔姓名");
  });

  it("讨论决定 records 应到/实到 and a tally that fits: 实到 ≤ 应到, votes cast ≤ 实到 (NAT-VOTE itself is the guard's)", () => {
    const d = { ...step, from: "DELIBERATED", to: "DECIDED", meetingDate: "2026-11-12", decision: "同意" };
    const tally = { membersExpected: 9, membersPresent: 7, votesFor: 6, votesAgainst: 1, votesAbstain: 0 };
    expect(advanceSchema.safeParse({ ...d, ...tally }).success).toBe(true);
    expect(issues(advanceSchema.safeParse({ ...d, ...tally, membersPresent: 10 })).membersPresent).toBe(
      "实到会人数（10）不能多于应到会人数（9）",
    );
    expect(issues(advanceSchema.safeParse({ ...d, ...tally, votesAbstain: 1, votesAgainst: 2 })).votesFor).toBe(
      "表决票数合计（9）不能多于实到会人数（7）",
    );
    expect(issues(advanceSchema.safeParse({ ...d, ...tally, membersExpected: "" })).membersExpected).toBe(
      "请填写应到会人数",
    );
  });
});
