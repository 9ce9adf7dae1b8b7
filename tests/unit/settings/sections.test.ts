import { describe, expect, it } from "vitest";
import { sectionsFor } from "@/lib/settings/sections";

const view = (role: Parameters<typeof sectionsFor>[0]) =>
  sectionsFor(role).map((s) => `${s.href.split("/").pop()}${s.readOnly && s.edit ? "(只读)" : ""}`);

describe("settings sections per role", () => {
  it("shows each role only the areas the permission table allows", () => {
    expect(view("SYS_ADMIN")).toEqual(["accounts", "security", "about"]);
    expect(view("SECURITY_ADMIN")).toEqual(["accounts", "security(只读)"]);
    expect(view("ORG_ADMIN")).toEqual(["policy", "calendar", "codes", "about"]);
    expect(view("ORG_STAFF")).toEqual(["policy(只读)", "calendar(只读)", "codes(只读)", "about"]);
    expect(view("LEADER")).toEqual(["policy(只读)", "calendar(只读)", "codes(只读)"]);
    expect(view("UNIT")).toEqual([]);
    expect(view("AUDITOR")).toEqual([]);
  });
});
