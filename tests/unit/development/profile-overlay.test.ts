import { describe, expect, it } from "vitest";
import { resolveProfile, ruleOn } from "@/lib/rules";
import { DUNMIAO_RULES, REMINDER_RULES } from "@/lib/server/development/growth-profile";
import { withRules } from "@/lib/server/development/profile-overlay";

describe("withRules: extending the active profile with this area's rules", () => {
  it("adds the SX-DOWN rules to district-2020 and keeps its own rules, parameters and severities", () => {
    const district = resolveProfile({
      key: "qh",
      name: "青禾区",
      extends: "district-2020",
      params: { d20: { ages: { divisionDeputyMax: 38 } } },
      severity: { "D20-EDU": "hard" },
    });
    const { profile, added, disabled } = withRules(district, DUNMIAO_RULES, "墩苗选派");
    expect(added).toEqual(["SX-DOWN-RANK", "SX-DOWN-AGE", "SX-DOWN-ELIG"]);
    expect(disabled).toEqual([]);
    for (const id of [...DUNMIAO_RULES, ...district.rules]) expect(ruleOn(profile, id)).toBe(true);
    expect(profile.params.d20.ages.divisionDeputyMax).toBe(38);
    expect(profile.severity["D20-EDU"]).toBe("hard");
    expect(profile.params.sx.downSectionMaxAge).toBe(32);
    expect(profile.rules).toHaveLength(district.rules.length + 3);
  });

  it("returns the active profile itself when it already has the rules", () => {
    const shanxi = resolveProfile("shanxi-dunmiao");
    expect(withRules(shanxi, DUNMIAO_RULES, "墩苗选派")).toEqual({
      profile: shanxi,
      added: [],
      disabled: [],
      activeName: shanxi.name,
    });
  });

  it("leaves off a rule the district switched off on purpose (its preset is in the chain)", () => {
    const noAge = resolveProfile({
      key: "no-age",
      name: "不查年龄",
      extends: "shanxi-dunmiao",
      disable: ["SX-DOWN-AGE"],
    });
    const r = withRules(noAge, DUNMIAO_RULES, "墩苗选派");
    expect(r.disabled).toEqual(["SX-DOWN-AGE"]);
    expect(ruleOn(r.profile, "SX-DOWN-AGE")).toBe(false);
    const ws = resolveProfile({
      key: "ws-no-hours",
      name: "不查学时",
      extends: "work-summary",
      disable: ["WS-TRAIN-HOURS"],
    });
    const reminders = withRules(ws, REMINDER_RULES, "培养提醒");
    expect(reminders.disabled).toEqual(["WS-TRAIN-HOURS"]);
    expect(reminders.added).toEqual(["D20-TRAIN-KJ", "SX-DOWN-REVIEW"]);
  });
});
