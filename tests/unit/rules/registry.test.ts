import { describe, expect, it } from "vitest";
import * as rules from "@/lib/rules";
import { explain, RULE_CATALOG, RULE_IDS } from "@/lib/rules";
import { citedRuleIds } from "./coverage-scenarios";
import { ALL } from "./fixtures";
import { RULES_MD_IDS } from "./rule-ids.fixture";

describe("rule registry against docs/policy-rules.md", () => {
  it("has exactly the rule ids of docs/policy-rules.md (88), none missing, none extra", () => {
    expect(RULES_MD_IDS).toHaveLength(88);
    expect([...RULE_IDS].sort()).toEqual([...RULES_MD_IDS].sort());
  });

  it.each(RULES_MD_IDS)("%s has a catalogue entry with Chinese text, source and clause", (id) => {
    const e = explain(id);
    expect(e.ruleId).toBe(id);
    expect(e.text).toMatch(/[\u4e00-\u9fff]/);
    expect(e.title.length).toBeGreaterThan(1);
    expect(e.source.length).toBeGreaterThan(5);
    expect(e.clause.length).toBeGreaterThan(0);
    expect(e.implementedBy.length).toBeGreaterThan(0);
  });

  it.each(RULES_MD_IDS)("%s names only functions the public API exports", (id) => {
    const api = rules as unknown as Record<string, unknown>;
    for (const fn of RULE_CATALOG[id as rules.RuleId].implementedBy)
      expect(typeof api[fn], `${id} → ${fn}`).toBe("function");
  });

  it("explain rejects an unknown id", () => {
    expect(() => explain("D20-NOPE")).toThrow("未知规则编号");
  });

  it("every rule of docs/policy-rules.md is cited by some implementation's output", () => {
    const cited = citedRuleIds();
    const missing = RULES_MD_IDS.filter((id) => !cited.has(id));
    expect(missing).toEqual([]);
  });

  it("the all-rules profile switches every rule on", () => {
    expect(ALL.rules).toHaveLength(88);
  });

  it("explain lists the parameters feeding a rule (D20-ST-STREET-35: its age, ratio and pinned count)", () => {
    expect(explain("D20-ST-STREET-35").params).toEqual(
      expect.arrayContaining([
        "d20.staffing.street35About",
        "d20.staffing.street35Ratio",
        "d20.staffing.street35Pinned",
      ]),
    );
  });
});
