import { describe, expect, it } from "vitest";
import { buildResume } from "@/lib/cadres/resume";
import { day } from "@/lib/rules";

describe("简历 generated from education and appointments", () => {
  it("full-time study first, then posts in date order; the current post is open-ended; in-service study is left out", () => {
    const lines = buildResume(
      [
        {
          fullTime: true,
          school: "南京大学",
          major: "行政管理",
          startDate: day(2006, 9, 1),
          graduationDate: day(2010, 7, 1),
        },
        {
          fullTime: false,
          school: "中央党校",
          major: "经济管理",
          startDate: day(2015, 9, 1),
          graduationDate: day(2018, 7, 1),
        },
      ],
      [
        { startDate: day(2016, 3, 1), endDate: null, unitName: "青禾区财政局", title: "副局长" },
        { startDate: day(2010, 7, 15), endDate: day(2016, 2, 29), unitName: "青禾街道", title: "青禾街道科员" },
      ],
    );
    expect(lines).toEqual([
      { from: "2006.09", to: "2010.07", text: "南京大学行政管理专业学习" },
      { from: "2010.07", to: "2016.02", text: "青禾街道科员" },
      { from: "2016.03", to: "", text: "青禾区财政局副局长" },
    ]);
  });
});
