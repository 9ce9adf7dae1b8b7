import { describe, expect, it } from "vitest";
import { parseLooseDate, sameAsStored, toYYYYMM, toYYYYMMDD, toDotted } from "@/lib/lrmx";

describe("parseLooseDate", () => {
  it.each([
    ["198611", "1986-11"],
    ["1986.11", "1986-11"],
    ["1986.11.03", "1986-11-03"],
    ["1986-11-03", "1986-11-03"],
    ["1986/11/3", "1986-11-03"],
    ["19861103", "1986-11-03"],
    ["1986年11月", "1986-11"],
    ["1986年11月3日", "1986-11-03"],
    ["１９８６．１１", "1986-11"],
    [" 1988.5 ", "1988-05"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseLooseDate(input)).toEqual({ ok: true, value: expected });
  });

  it("blank is no date, not an error", () => {
    expect(parseLooseDate("  ")).toEqual({ ok: true, value: null });
    expect(parseLooseDate(null)).toEqual({ ok: true, value: null });
  });

  it.each(["1988.13", "198813", "1988.02.30", "1988.00"])(
    "refuses the impossible date %s with a Chinese message",
    (input) => {
      const r = parseLooseDate(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`“${input}”不存在`);
    },
  );

  it("refuses text that is not a date", () => {
    const r = parseLooseDate("八八年五月");
    expect(r).toEqual({ ok: false, message: "无法识别的日期“八八年五月”，应写作 1988.05、198805 或 1988-05-01" });
  });

  it("refuses, without throwing, a value that cannot become text (fuzzing's counterexample { toString: 0 })", () => {
    expect(parseLooseDate({ toString: 0 })).toEqual({
      ok: false,
      message: "无法识别的日期，应写作 1988.05、198805 或 1988-05-01",
    });
  });

  it("reads an Excel date cell (a Date) as a day", () => {
    expect(parseLooseDate(new Date(Date.UTC(1988, 4, 1)))).toEqual({ ok: true, value: "1988-05-01" });
  });
});

describe("writing and comparing", () => {
  it("writes YYYYMM, YYYYMMDD and the dotted 1988.05", () => {
    expect(toYYYYMM("1986-11-03")).toBe("198611");
    expect(toYYYYMM(new Date(Date.UTC(2026, 5, 30)))).toBe("202606");
    expect(toYYYYMMDD("2026-06-30")).toBe("20260630");
    expect(toDotted("1988-05-17")).toBe("1988.05");
  });

  it("a month from a file equals any stored day of that month; a day must match exactly", () => {
    const stored = new Date(Date.UTC(1988, 4, 17));
    expect(sameAsStored("1988-05", stored)).toBe(true);
    expect(sameAsStored("1988-06", stored)).toBe(false);
    expect(sameAsStored("1988-05-17", stored)).toBe(true);
    expect(sameAsStored("1988-05-01", stored)).toBe(false);
    expect(sameAsStored(null, null)).toBe(true);
    expect(sameAsStored(null, stored)).toBe(false);
  });
});
