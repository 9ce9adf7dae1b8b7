import { describe, expect, it } from "vitest";
import { rankRecordSchema } from "@/lib/validation/rank-records";

const errors = (input: Record<string, unknown>) => {
  const r = rankRecordSchema.safeParse({ cadreId: "c1", ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("rankRecordSchema (职务层次与职级记录)", () => {
  it("accepts a closed period of a 职务层次, of a 职级, or of both", () => {
    expect(errors({ rank: "STAFF", startDate: "2015-07-01", endDate: "2019-06-30" })).toEqual({});
    expect(errors({ grade: "CLERK_1", startDate: "2015-07-01", endDate: "2015-07-01" })).toEqual({});
    expect(errors({ rank: "STAFF", grade: "CLERK_1", startDate: "2015-07-01", endDate: "2019-06-30" })).toEqual({});
  });

  it("needs a rank or a grade, an end, an end not before the start, and a version with an id", () => {
    expect(errors({ startDate: "2019-01-01", endDate: "2018-12-31", id: "r1" })).toEqual({
      rank: "请选择职务层次或职级（至少一项）",
      endDate: "截止时间不能早于起始时间",
      version: "缺少版本号，请刷新后重试",
    });
    expect(errors({ rank: "STAFF", startDate: "2019-01-01", endDate: "" })).toEqual({
      endDate: "请填写截止时间（现任职务层次、职级在基本信息中修改）",
    });
    expect(errors({ rank: "STAFF", startDate: "2019-02-30", endDate: "2019-03-01" })).toEqual({
      startDate: "起始时间格式应为 年-月-日",
    });
    expect(errors({ rank: "CAPTAIN", startDate: "2019-01-01", endDate: "2019-03-01" }).rank).toBe(
      "请选择有效的职务层次",
    );
  });
});
