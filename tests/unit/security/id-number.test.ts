import { describe, expect, it } from "vitest";
import {
  crossCheckIdNumber,
  idCheckChar,
  idNumberSchema,
  maskIdNumber,
  normalizeIdNumber,
  parseIdNumber,
} from "@/lib/validation/id-number";

// Builds a valid number from the first 17 digits, so the table can state intent, not checksums.
const withCheck = (first17: string) => first17 + idCheckChar(first17);

describe("parseIdNumber (GB 11643-1999)", () => {
  it("accepts the standard example 11010519491231002X: born 1949-12-31, female", () => {
    const r = parseIdNumber("11010519491231002X");
    expect(r).toEqual({
      ok: true,
      value: "11010519491231002X",
      birthDate: new Date(Date.UTC(1949, 11, 31)),
      gender: "FEMALE",
    });
  });

  it("reads the gender from the 17th digit: odd is male", () => {
    const male = parseIdNumber(withCheck("11010519800101001"));
    expect(male.ok && male.gender).toBe("MALE");
  });

  it.each([
    ["wrong check digit", "110105194912310021", "身份证号校验位错误，应为X"],
    ["31 February", withCheck("11010519900231001"), "身份证号中的出生日期“19900231”无效"],
    ["29 February in a non-leap year", withCheck("11010519000229001"), "无效"],
    ["month 13", withCheck("11010519901301001"), "无效"],
    ["17 characters", "11010519491231002", "身份证号应为18位（当前为17位）"],
    ["letters inside", "1101051949123100AX", "身份证号前17位应为数字，末位为数字或X"],
    ["unknown province 99", withCheck("99010519491231002"), "不是有效的省级行政区划代码"],
    ["empty", "   ", "请输入身份证号"],
  ])("rejects %s", (_label, input, message) => {
    const r = parseIdNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseIdNumber(withCheck("11010520000229001")).ok).toBe(true);
  });

  it("rejects a birth date after asOf", () => {
    const id = withCheck("11010520300101001");
    expect(parseIdNumber(id, { asOf: new Date("2026-01-01T00:00:00Z") })).toMatchObject({
      ok: false,
      message: expect.stringContaining("晚于当前日期"),
    });
    expect(parseIdNumber(id, { asOf: new Date("2031-01-01T00:00:00Z") }).ok).toBe(true);
  });

  it("normalizes lowercase x, spaces and full-width characters", () => {
    expect(normalizeIdNumber(" 110105 19491231 002x ")).toBe("11010519491231002X");
    expect(normalizeIdNumber("１１０１０５１９４９１２３１００２ｘ")).toBe("11010519491231002X");
    const r = parseIdNumber("11010519491231002x");
    expect(r.ok && r.value).toBe("11010519491231002X");
  });
});

describe("idNumberSchema", () => {
  it("outputs the normalized number", () => {
    expect(idNumberSchema.parse("11010519491231002x")).toBe("11010519491231002X");
  });

  it("reports the Chinese message", () => {
    const r = idNumberSchema.safeParse("110105194912310021");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe("身份证号校验位错误，应为X");
  });

  it("rejects non-strings", () => {
    expect(idNumberSchema.safeParse(110105).success).toBe(false);
  });
});

describe("crossCheckIdNumber", () => {
  const parsed = parseIdNumber("11010519491231002X");
  if (!parsed.ok) throw new Error("fixture must be valid");

  it("is silent when birth date and gender agree", () => {
    expect(crossCheckIdNumber(parsed, { birthDate: new Date("1949-12-31"), gender: "FEMALE" })).toEqual([]);
    expect(crossCheckIdNumber(parsed, { birthDate: "1949-12-31" })).toEqual([]);
  });

  it("names each mismatch", () => {
    expect(crossCheckIdNumber(parsed, { birthDate: new Date("1950-01-01"), gender: "MALE" })).toEqual([
      "出生日期与身份证号不一致（身份证号为1949-12-31，填写为1950-01-01）",
      "性别与身份证号不一致（身份证号为女，填写为男）",
    ]);
  });
});

describe("maskIdNumber", () => {
  it.each([
    ["11010519491231002X", "110105********002X"],
    ["11010519491231002x", "110105********002X"],
    ["110105********002X", "110105********002X"], // idempotent
    ["110105491231002", "110105********1002"], // 15 characters (the pre-1999 form): 6 + 4 too
    ["1101051949123", "110*******123"], // odd lengths keep a quarter at each end
    ["1234567", "1*****7"],
    ["123", "***"],
    ["", ""],
    [null, ""],
  ])("%s → %s", (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});
