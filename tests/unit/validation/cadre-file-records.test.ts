// The record editors' pure parts: a photo judged by its bytes, 称谓 by the cadre's gender, and
// the schemas' cross-field messages.
import { describe, expect, it } from "vitest";
import { familyRelationLabelFor } from "@/lib/labels";
import { familyMemberSchema, personalMattersSchema, sanctionSchema } from "@/lib/validation/cadre-file-records";
import { photoMimeOf } from "@/lib/validation/cadre-photo";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("photoMimeOf", () => {
  it.each([
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "image/jpeg"],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], "image/png"],
    ["GIF", [...Buffer.from("GIF89a")], null],
    ["a PNG cut short", [0x89, 0x50, 0x4e, 0x47], null],
    ["a JPEG marker alone", [0xff, 0xd8], null],
    ["text named .jpg", [...Buffer.from("<svg></svg>")], null],
  ])("%s → %s", (_, bytes, mime) => {
    expect(photoMimeOf(Uint8Array.from(bytes as number[]))).toBe(mime);
  });
});

describe("familyRelationLabelFor", () => {
  it("says 妻子/岳父 for a man, 丈夫/公公/婆婆 for a woman, and the rest alike", () => {
    expect(familyRelationLabelFor("SPOUSE", "MALE")).toBe("妻子");
    expect(familyRelationLabelFor("FATHER_IN_LAW", "MALE")).toBe("岳父");
    expect(familyRelationLabelFor("SPOUSE", "FEMALE")).toBe("丈夫");
    expect(familyRelationLabelFor("FATHER_IN_LAW", "FEMALE")).toBe("公公");
    expect(familyRelationLabelFor("MOTHER_IN_LAW", "FEMALE")).toBe("婆婆");
    expect(familyRelationLabelFor("SON", "FEMALE")).toBe("儿子");
  });
});

describe("the editors' schemas", () => {
  it("a relative's 移居: the place required when ticked, nothing without the tick", () => {
    const base = { cadreId: "c1", relation: "SPOUSE", name: "王芳" };
    expect(issues(familyMemberSchema.safeParse({ ...base, emigrated: true }))).toEqual({
      emigratedTo: "请填写移居的国家（地区）",
    });
    expect(issues(familyMemberSchema.safeParse({ ...base, emigrated: false, emigratedTo: "加拿大" }))).toEqual({
      emigrated: "填写了移居情况，请勾选“已移居国（境）外”",
    });
    // absent (an editor not cleared for familyAbroad): stays absent, so the stored value is kept
    const r = familyMemberSchema.parse(base);
    expect([r.emigrated, r.emigratedTo, r.emigratedOn]).toEqual([undefined, undefined, undefined]);
  });

  it("a sanction's 影响期 and 撤销 are not before the decision (the same day is allowed)", () => {
    const base = { cadreId: "c1", kind: "GOV_DEMERIT", decidedOn: "2026-03-01" };
    expect(issues(sanctionSchema.safeParse({ ...base, effectEndsOn: "2026-02-28", revokedAt: "2026-02-01" }))).toEqual({
      effectEndsOn: "影响期截止日不能早于决定时间",
      revokedAt: "撤销时间不能早于决定时间",
    });
    expect(sanctionSchema.safeParse({ ...base, effectEndsOn: "2026-03-01" }).success).toBe(true);
  });

  it("a report found 漏报/瞒报 needs its 情况说明; an edit needs its version", () => {
    expect(
      issues(personalMattersSchema.safeParse({ cadreId: "c1", id: "r1", year: 2025, checkResult: "FALSE_OR_MISSING" })),
    ).toEqual({ note: "查核发现漏报、瞒报的，请填写情况说明", version: "缺少版本号，请刷新后重试" });
  });
});
