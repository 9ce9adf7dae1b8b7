import { describe, expect, it } from "vitest";
import {
  defaultParams,
  PARAM_META,
  POLICY_PARAMS_SCHEMA,
  PRESET_KEYS,
  PRESETS,
  ProfileValidationError,
  resolveProfile,
  safeResolveProfile,
} from "@/lib/rules";

function leafPaths(o: unknown, prefix = ""): string[] {
  if (o === null || typeof o !== "object" || Array.isArray(o)) return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe("presets", () => {
  it.each(PRESET_KEYS)("%s resolves and validates", (key) => {
    const p = resolveProfile(key);
    expect(p.key).toBe(key);
    expect(p.chain.at(-1)).toBe(key);
    expect(POLICY_PARAMS_SCHEMA.safeParse(p.params).success).toBe(true);
  });

  it("district-2020 extends national-baseline: NAT-PUBLICITY and ZZ15-EXCL on, all D20 rules on, no SS12 rule", () => {
    const p = resolveProfile("district-2020");
    expect(p.chain).toEqual(["national-baseline", "district-2020"]);
    expect(p.rules).toContain("NAT-PUBLICITY");
    expect(p.rules).toContain("ZZ15-EXCL");
    expect(p.rules.filter((r) => r.startsWith("D20-"))).toHaveLength(31);
    expect(p.rules.some((r) => r.startsWith("SS12-"))).toBe(false);
  });

  it("defaults carry the documents' numbers (D20-AGE-FC 40, SS12-ADJUST 2, ZZ15 exempt 58/53, 左右 tolerance 2)", () => {
    const d = defaultParams();
    expect(d.d20.ages.divisionDeputyMax).toBe(40);
    expect(d.ss12.adjustCycleYears).toBe(2);
    expect([d.zz15.exemptMaleAge, d.zz15.exemptFemaleAge]).toEqual([58, 53]);
    expect(d.conventions.aboutTolerance).toBe(2);
    expect(d.nat.publicityWorkingDays).toBe(5);
  });

  it("every parameter has a label and at least one rule id (param → rule map for the settings form)", () => {
    const leaves = leafPaths(defaultParams());
    expect(Object.keys(PARAM_META).sort()).toEqual(leaves.sort());
    for (const meta of Object.values(PARAM_META)) {
      expect(meta.label.length).toBeGreaterThan(1);
      expect(meta.ruleIds.length).toBeGreaterThan(0);
    }
  });
});

describe("extends and overrides", () => {
  const district = {
    key: "my-district",
    name: "本区配置",
    extends: "district-2020",
    enable: ["WS-POLITICAL-TRAINING"],
    disable: ["D20-EDU"],
    severity: { "D20-POOL-SIZE": "hard" as const },
    params: {
      d20: { ages: { divisionDeputyMax: 38 }, pool: { domains: ["党务"] } },
      conventions: { aboutTolerance: 1 },
    },
  };

  it("deep-merges: overridden leaves change, siblings keep the inherited value, arrays replace", () => {
    const p = resolveProfile(district);
    expect(p.params.d20.ages.divisionDeputyMax).toBe(38);
    expect(p.params.d20.ages.divisionPrincipalMax).toBe(42);
    expect(p.params.d20.pool.domains).toEqual(["党务"]);
    expect(p.params.conventions.aboutTolerance).toBe(1);
    expect(p.chain).toEqual(["national-baseline", "district-2020", "my-district"]);
  });

  it("enable/disable switch rules on and off; severity overrides apply", () => {
    const p = resolveProfile(district);
    expect(p.rules).toContain("WS-POLITICAL-TRAINING");
    expect(p.rules).not.toContain("D20-EDU");
    expect(p.severity["D20-POOL-SIZE"]).toBe("hard");
    expect(p.severity["D20-AGE-FC"]).toBe("hard");
  });

  it("a profile may extend a district profile from the library", () => {
    const child = {
      key: "child",
      name: "子配置",
      extends: "my-district",
      params: { d20: { ages: { divisionPrincipalMax: 41 } } },
    };
    const p = resolveProfile(child, { "my-district": district });
    expect(p.params.d20.ages.divisionDeputyMax).toBe(38);
    expect(p.params.d20.ages.divisionPrincipalMax).toBe(41);
  });

  it("does not mutate the presets", () => {
    resolveProfile(district);
    expect(resolveProfile("district-2020").params.d20.pool.domains).toHaveLength(4);
    expect(PRESETS["district-2020"].params).toBeUndefined();
  });
});

describe("invalid profiles are rejected with the field named in Chinese", () => {
  const base = { key: "bad", name: "错误配置", extends: "district-2020" };
  it.each([
    [
      { d20: { ages: { divisionDeputyMax: -1 } } },
      "params.d20.ages.divisionDeputyMax",
      "年龄不能为负数",
      "副处级年轻干部年龄上限",
    ],
    [{ d20: { pool: { womenMinRatio: 1.2 } } }, "params.d20.pool.womenMinRatio", "比例不能大于1", "女干部比例不少于"],
    [{ zz15: { rotationYears: 2.5 } }, "params.zz15.rotationYears", "年数应为整数", "轮岗"],
    [{ d20: { ages: { divisionDeputyMax: "40" } } }, "params.d20.ages.divisionDeputyMax", "应为数字", "副处级"],
    [{ d20: { agez: {} } }, "params.d20.agez", "未知参数", "params.d20.agez"],
    [{ sx: { downReviewMinYears: 4 } }, "params.sx.downReviewMinYears", "最早年限不能晚于最迟年限", "专项考核"],
  ])("%j → %s", (params, path, reason, named) => {
    const r = safeResolveProfile({ ...base, params: params as never });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(r.issues)).toBeDefined();
    expect(issue!.message).toContain(reason);
    expect(issue!.message).toContain(named);
  });

  it("names the rule id beside the bad parameter", () => {
    const r = safeResolveProfile({ ...base, params: { d20: { ages: { divisionDeputyMax: -1 } } } });
    expect(!r.ok && r.issues[0].ruleIds).toEqual(["D20-AGE-FC"]);
    expect(!r.ok && r.issues[0].message).toContain("D20-AGE-FC");
  });

  it("resolveProfile throws ProfileValidationError carrying every issue", () => {
    const bad = { ...base, params: { d20: { ages: { divisionDeputyMax: -1 }, pool: { womenMinRatio: 2 } } } };
    expect(() => resolveProfile(bad)).toThrow(ProfileValidationError);
    try {
      resolveProfile(bad);
    } catch (e) {
      expect((e as ProfileValidationError).issues).toHaveLength(2);
      expect((e as Error).message).toMatch(/^政策配置“bad”无效/);
    }
  });

  it.each([
    [{ ...base, enable: ["D20-NOPE"] }, "enable[0]", "未知规则编号"],
    [{ ...base, severity: { "D20-EDU": "medium" } }, "severity.D20-EDU", "hard 或 soft"],
    [{ ...base, extends: "missing-preset" }, "extends", "不存在"],
    [{ ...base, name: " " }, "name", "不能为空"],
  ])("definition error at %s", (def, path, reason) => {
    const r = safeResolveProfile(def as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.some((i) => i.path === path && i.message.includes(reason))).toBe(true);
  });

  it("an extends cycle is reported", () => {
    const a = { key: "a", name: "A", extends: "b" };
    const b = { key: "b", name: "B", extends: "a" };
    const r = safeResolveProfile(a, { a, b });
    expect(!r.ok && r.issues[0].message).toContain("循环");
  });
});
