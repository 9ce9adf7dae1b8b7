// The degree's discipline as files write it, and the 简历 diff line by line (pure).
import { describe, expect, it } from "vitest";
import { diffResumeLines } from "@/lib/import/resume-diff";
import { degreeText, parseDegree, parseDegreeDiscipline } from "@/lib/lrmx/education";

describe("degree disciplines", () => {
  it.each([
    ["经济学学士", "BACHELOR", "经济学"],
    ["工商管理硕士", "MASTER", "工商管理"],
    ["法学博士", "DOCTOR", "法学"],
    ["管理学硕士学位", "MASTER", "管理学"],
    ["学士", "BACHELOR", null],
    ["硕士学位", "MASTER", null],
  ])("%s → %s + %s, written back as discipline + label", (text, degree, discipline) => {
    expect([parseDegree(text), parseDegreeDiscipline(text)]).toEqual([degree, discipline]);
    expect(degreeText(parseDegree(text), parseDegreeDiscipline(text))).toBe(text.replace(/学位$/, ""));
  });
});

describe("diffResumeLines", () => {
  const line = (start: string, end: string | null, text: string, notes: string[] = []) => ({ start, end, text, notes });
  it("one changed, one added, one removed line (3 lines of report); equal lists give none", () => {
    const stored = [
      line("2010-07", "2013-03", "财政局科员"),
      line("2013-03", "2016-08", "预算科副科长"),
      line("2016-08", null, "发改委科长"),
    ];
    const file = [
      line("2010-07", "2013-03", "财政局科员"),
      line("2013-03", "2016-08", "预算科科长"),
      line("2016-08", "2019-12", "发改委科长"),
      line("2019-12", null, "桂花镇副镇长"),
    ];
    expect(diffResumeLines(stored, file)).toEqual([
      { label: "简历（修改）", from: "2013.03--2016.08 预算科副科长", to: "2013.03--2016.08 预算科科长" },
      { label: "简历（修改）", from: "2016.08-- 发改委科长", to: "2016.08--2019.12 发改委科长" },
      { label: "简历（新增）", from: "", to: "2019.12-- 桂花镇副镇长" },
    ]);
    expect(diffResumeLines(stored, [stored[0]])).toEqual([
      { label: "简历（删去）", from: "2013.03--2016.08 预算科副科长", to: "" },
      { label: "简历（删去）", from: "2016.08-- 发改委科长", to: "" },
    ]);
    expect(diffResumeLines(stored, stored)).toEqual([]);
  });
});
