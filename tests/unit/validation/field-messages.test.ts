import { describe, expect, it } from "vitest";
import { appointmentSchema } from "@/lib/validation/cadre-records";
import { reviewPoolSchema } from "@/lib/validation/pool";
import { endAppointmentSchema } from "@/lib/validation/units";

const messages = (
  r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  field: string,
) => (r.error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);

describe("messages beside the field name the problem", () => {
  it('研判年度: a fraction is not an integer (not "please fill in")', () => {
    const r = reviewPoolSchema.safeParse({
      entryId: "e1",
      version: 1,
      year: 2025.5,
      reviewedOn: "2026-01-10",
      conclusion: "KEEP",
      notes: "",
      exitReason: "",
    });
    expect(messages(r, "year")).toEqual(["研判年度应为整数"]);
  });

  it("an appointment's end is 离任时间 / 离任方式 in the cadre record and in 单位 alike", () => {
    const base = { cadreId: "c1", postId: "p1", startDate: "2024-05-01", documentNo: "", note: "" };
    expect(
      messages(appointmentSchema.safeParse({ ...base, endDate: "2024-04-01", endReason: "REMOVED" }), "endDate"),
    ).toEqual(["离任时间不能早于任职时间"]);
    expect(
      messages(appointmentSchema.safeParse({ ...base, endDate: "2025-04-01", endReason: "" }), "endReason"),
    ).toEqual(["请选择离任方式"]);
    expect(messages(appointmentSchema.safeParse({ ...base, endDate: "", endReason: "RETIRED" }), "endDate")).toEqual([
      "选择了离任方式，请填写离任时间",
    ]);
    const end = endAppointmentSchema.safeParse({ appointmentId: "a1", version: 1, endDate: "2026-02-30" });
    expect(messages(end, "endDate")).toEqual(["离任时间不是有效日期（格式：年-月-日）"]);
    expect(messages(end, "endReason")).toEqual(["请选择离任方式"]);
  });
});
