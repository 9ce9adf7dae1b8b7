// Golden tests of the printed 任免审批表's pagination (lib/cadres/approval-form): fixed content,
// the arithmetic of each page in the test's name, nothing shrunk and nothing dropped.
import { describe, expect, it } from "vitest";
import { layoutForm, type FormContent } from "@/lib/cadres/approval-form/layout";
import { CONTINUED_MARK } from "@/lib/cadres/approval-form/back";
import { CONTINUATION_BODY_MM } from "@/lib/cadres/approval-form/continuation";
import { RESUME_TEXT_EM, WIDE_TEXT_EM } from "@/lib/cadres/approval-form/geometry";
import { textEm, wrapText } from "@/lib/cadres/approval-form/metrics";

const cells = (n: number) => Array.from({ length: n }, () => ({ value: "汉族", widthMm: 26 }));

function content(over: Partial<FormContent> = {}): FormContent {
  return {
    name: "张三",
    basicCells: [cells(3), cells(3), cells(3), cells(2)],
    educationCells: [cells(2), cells(2)],
    currentPost: "青禾区柳溪街道党工委副书记、办事处主任",
    proposedPost: "",
    proposedRemoval: "",
    resume: [],
    rewards: "无",
    assessments: "2023年度优秀；2024年度称职；2025年度优秀",
    reason: "工作需要",
    family: [],
    approvalOpinion: "",
    administrativeOpinion: "",
    ...over,
  };
}

const resume = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ period: "2001.09—2005.07", text: `第${i + 1}条`, notes: [] }));
const family = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    relation: "儿子",
    name: `成员${i + 1}`,
    age: "20",
    politicalStatus: "共青团员",
    workplace: "青禾区第一中学学生",
  }));
const resumeTexts = (blocks: { kind: string; entry?: { lines: string[] } }[]) =>
  blocks.filter((b) => b.kind === "resume").map((b) => b.entry!.lines[0]);

describe("任免审批表 pagination", () => {
  it("80 one-line 简历 entries: 22 on the front (133.5 mm cell: ⌊(133.5 − 3) ÷ 5.6⌋ = 23 lines, one kept for 「下转续页」), 42 on 续页 1 ((246.5 − 8) ÷ 5.6 = 42.6), the last 16 on 续页 2", () => {
    const l = layoutForm(content({ resume: resume(80) }));
    expect(l.front.resumeMm).toBe(133.5);
    expect(l.front.resume.map((e) => e.lines[0])).toEqual(resume(22).map((r) => r.text));
    expect(CONTINUATION_BODY_MM).toBe(246.5);
    expect(l.continuation).toHaveLength(2);
    expect(l.continuation[0][0]).toEqual({ kind: "heading", text: "简历（续）" });
    expect(resumeTexts(l.continuation[0])).toEqual(
      resume(64)
        .slice(22)
        .map((r) => r.text),
    );
    expect(l.continuation[1][0]).toEqual({ kind: "heading", text: "简历（续）" });
    expect(resumeTexts(l.continuation[1])).toEqual(
      resume(80)
        .slice(64)
        .map((r) => r.text),
    );
  });

  it("23 one-line entries fill the front exactly (23 × 5.6 + 3 = 131.8 ≤ 133.5 mm): no 续页", () => {
    const l = layoutForm(content({ resume: resume(23) }));
    expect(l.front.resume).toHaveLength(23);
    expect(l.front.rest).toEqual([]);
    expect(l.continuation).toEqual([]);
  });

  it("12 family members: rows 1–8 on the back, 9–12 on the 续页 under their heading and the column header (none dropped)", () => {
    const l = layoutForm(content({ family: family(12) }));
    expect(l.back.family.map((r) => r.cells[1][0])).toEqual(family(8).map((f) => f.name));
    expect(l.back.blankRows).toBe(0);
    expect(l.continuation).toHaveLength(1);
    const [page] = l.continuation;
    expect(page.slice(0, 2)).toEqual([
      { kind: "heading", text: "家庭主要成员及重要社会关系（续）" },
      { kind: "familyHeader" },
    ]);
    expect(page.slice(2).map((b) => (b.kind === "family" ? b.row.cells[1][0] : b.kind))).toEqual([
      "成员9",
      "成员10",
      "成员11",
      "成员12",
    ]);
  });

  it("3 family members: 3 rows and 5 ruled blank rows (the form's 8), no 续页", () => {
    const l = layoutForm(content({ family: family(3) }));
    expect(l.back.family).toHaveLength(3);
    expect(l.back.blankRows).toBe(5);
    expect(l.continuation).toEqual([]);
  });

  it("an entry of 3 lines that does not fit moves whole: 21 one-line entries + a 3-line one → 21 on the front, the 3-line entry on the 续页", () => {
    const long = { period: "2020.01—", text: "甲".repeat(80), notes: [] };
    const l = layoutForm(content({ resume: [...resume(21), long] }));
    expect(wrapText(long.text, RESUME_TEXT_EM)).toHaveLength(3); // 80 ÷ 32.2 em = 2.5 → 3 lines
    expect(l.front.resume).toHaveLength(21);
    expect(l.continuation[0][1]).toEqual({
      kind: "resume",
      entry: { period: "2020.01—", lines: wrapText(long.text, RESUME_TEXT_EM) },
    });
  });

  it("奖惩情况 of 12 lines (12 × 42 = 504 characters at 42.8 em a line): 7 lines and 「下转续页」 on the back, the other 5 on the 续页", () => {
    const rewards = "奖".repeat(42 * 12);
    const l = layoutForm(content({ rewards }));
    expect(l.back.rewards!.lines).toHaveLength(8);
    expect(l.back.rewards!.lines[7]).toBe(CONTINUED_MARK);
    expect(l.continuation[0]).toEqual([
      { kind: "heading", text: "奖惩情况（续）" },
      { kind: "text", lines: wrapText(rewards, WIDE_TEXT_EM).slice(7) },
    ]);
  });

  it("a withheld 奖惩情况 (null) prints its refusal and continues nothing", () => {
    const l = layoutForm(content({ rewards: null, assessments: null }));
    expect(l.back.rewards).toBeNull();
    expect(l.back.assessments).toBeNull();
    expect(l.continuation).toEqual([]);
  });

  it("nothing is dropped: every entry and member appears exactly once across front, back and 续页", () => {
    for (const [entries, members] of [
      [0, 0],
      [5, 9],
      [40, 20],
      [150, 30],
    ]) {
      const l = layoutForm(content({ resume: resume(entries), family: family(members) }));
      const printed = [...l.front.resume.map((e) => e.lines[0]), ...l.continuation.flatMap(resumeTexts)];
      expect(printed).toEqual(resume(entries).map((r) => r.text));
      const rows = [
        ...l.back.family,
        ...l.continuation.flat().flatMap((b) => (b.kind === "family" ? [b.row] : [])),
      ].map((r) => r.cells[1][0]);
      expect(rows).toEqual(family(members).map((f) => f.name));
    }
  });
});

describe("wrapText", () => {
  it("100 CJK characters at 32.2 em: lines of 32, 32, 32 and 4", () => {
    expect(wrapText("字".repeat(100), 32.2).map((l) => l.length)).toEqual([32, 32, 32, 4]);
  });

  it("closing punctuation stays with the character before it (避头): 「，」 never starts a line", () => {
    const lines = wrapText(`${"字".repeat(10)}，后文`, 10);
    expect(lines).toEqual([`${"字".repeat(10)}，`, "后文"]);
  });

  it("a short number or Latin run wraps whole: 「2011.09」 (7 × 0.6 = 4.2 em) is not split", () => {
    const lines = wrapText(`${"字".repeat(8)}2011.09起`, 10);
    expect(lines).toEqual(["字".repeat(8), "2011.09起"]);
    expect(textEm("2011.09")).toBeCloseTo(4.2);
  });

  it("explicit line breaks are kept and empty text is no lines", () => {
    expect(wrapText("大学本科\n经济学学士", 20)).toEqual(["大学本科", "经济学学士"]);
    expect(wrapText("", 20)).toEqual([]);
  });
});
