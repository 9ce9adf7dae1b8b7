import { describe, expect, it } from "vitest";
import { formatResume, mergeResumeLines, parseResume } from "@/lib/lrmx";

describe("parseResume", () => {
  it("reads every separator people use: --, —, ——, ～, ~, 至, －", () => {
    const text = [
      "2004.09--2008.07  大学学习",
      "2008.07—2010.03  科员",
      "2010.03——2011.01  副主任",
      "2011.01～2012.02  主任",
      "2012.02~2013.03  副书记",
      "2013.03至2014.04  书记",
      "2014.04－2015.05  局长",
    ].join("\n");
    const { lines, unplaced } = parseResume(text);
    expect(unplaced).toEqual([]);
    expect(lines.map((l) => [l.start, l.end, l.text])).toEqual([
      ["2004-09", "2008-07", "大学学习"],
      ["2008-07", "2010-03", "科员"],
      ["2010-03", "2011-01", "副主任"],
      ["2011-01", "2012-02", "主任"],
      ["2012-02", "2013-03", "副书记"],
      ["2013-03", "2014-04", "书记"],
      ["2014-04", "2015-05", "局长"],
    ]);
  });

  it("reads open ends written blank, 至今 or 今, compact dates and full-width digits", () => {
    const { lines } = parseResume(
      "2023.02--         街道党工委书记\r\n202001--至今 办公室主任\n２０１８．０５至今  科长\n2019年03月--2020年01月 科员",
    );
    expect(lines.map((l) => [l.start, l.end, l.text])).toEqual([
      ["2023-02", null, "街道党工委书记"],
      ["2020-01", null, "办公室主任"],
      ["2018-05", null, "科长"],
      ["2019-03", "2020-01", "科员"],
    ]);
  });

  it("attaches （其间：…） lines to the entry above and joins wrapped lines", () => {
    const { lines } = parseResume(
      [
        "2010.03--2013.06  青禾区司法局办公室副主任",
        "                  （其间：2011.09--2013.12在省委党校在职研究生学习）",
        "(其间:2012.03--2012.06挂职)",
        "2013.06--2016.12  青禾区司法局办公室主任、",
        "                  法制科科长",
      ].join("\n"),
    );
    expect(lines).toEqual([
      {
        start: "2010-03",
        end: "2013-06",
        text: "青禾区司法局办公室副主任",
        notes: ["2011.09--2013.12在省委党校在职研究生学习", "2012.03--2012.06挂职"],
      },
      { start: "2013-06", end: "2016-12", text: "青禾区司法局办公室主任、法制科科长", notes: [] },
    ]);
  });

  it("reports text before the first dated line instead of guessing", () => {
    const r = parseResume("简历如下：\n2008.07--2010.03  科员");
    expect(r.unplaced).toEqual(["简历如下："]);
    expect(r.lines).toHaveLength(1);
  });
});

describe("formatResume", () => {
  it("writes YYYY.MM--YYYY.MM, blanks for an open end, and sub-entries on their own line; parsing it gives the lines back", () => {
    const lines = [
      { start: "2008-07", end: "2010-03", text: "科员", notes: ["2009.01--2009.06挂职"] },
      { start: "2010-03", end: null, text: "副主任", notes: [] },
    ];
    const text = formatResume(lines);
    expect(text).toBe(
      "2008.07--2010.03  科员\n                  （其间：2009.01--2009.06挂职）\n2010.03--         副主任",
    );
    expect(parseResume(text).lines).toEqual(lines);
  });

  it("merges two sources in date order without repeating a line", () => {
    const a = [{ start: "2010-03", end: null, text: "副主任", notes: [] }];
    const b = [
      { start: "2008-07", end: "2010-03", text: "科员", notes: [] },
      { start: "2010-03", end: null, text: "副主任", notes: [] },
    ];
    expect(mergeResumeLines(a, b).map((l) => l.text)).toEqual(["科员", "副主任"]);
  });
});
