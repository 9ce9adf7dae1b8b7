import { describe, expect, it } from "vitest";
import { passwordExpired, passwordProblems } from "@/lib/auth/password-policy";

describe("password rules (≥12 chars, 3 of 4 classes, not the username, not the system/district/department name, not common)", () => {
  it.each([
    ["Abcdefgh12!", "11 characters is too short", "密码长度至少 12 位"],
    ["abcdefghijkl", "one class only", "至少三类"],
    ["abcdefgh1234", "two classes", "至少三类"],
    ["Zhangsan-2026x", "contains the username zhangsan", "不能包含用户名"],
    ["P@ssw0rd1234", "a well-known password", "过于常见"],
    ["Miaopu@Start2026", "the system's name in pinyin", "“miaopu”"],
    ["我的苗圃Abc12345", "the system's name", "“苗圃”"],
    ["QINGHE-start-2026", "the district's pinyin, in capitals", "“qinghe”"],
    ["青禾区Organization1", "the district's name", "“青禾”"],
    ["Zuzhibu#2026abc", "the department's pinyin", "“zuzhibu”"],
    ["区委组织部Abc12345", "the department's name", "“组织部”"],
  ])("%s is refused: %s", (pw, _why, message) => {
    expect(passwordProblems(pw, "zhangsan").join("；")).toContain(message);
  });

  it.each([
    ["Abcdefgh123x", "12 chars, upper+lower+digit"],
    ["abcdefgh12!x", "lower+digit+symbol"],
    ["春风Organization1", "Chinese characters count as symbols"],
  ])("%s is accepted (%s)", (pw) => {
    expect(passwordProblems(pw, "zhangsan")).toEqual([]);
  });

  it("expires after 90 days: changed 2026-08-24, on 2026-11-22 (90 days) still valid, 2026-11-23 expired", () => {
    const changed = new Date("2026-08-24T00:00:00Z");
    expect(passwordExpired(changed, new Date("2026-11-22T00:00:00Z"))).toBe(false);
    expect(passwordExpired(changed, new Date("2026-11-23T00:00:00Z"))).toBe(true);
  });
});
