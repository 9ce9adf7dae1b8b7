import { describe, expect, it } from "vitest";
import { ETHNICITIES, ethnicityCode, DEFAULT_FAMILIAR_DOMAINS } from "@/lib/labels";
import { defaultParams } from "@/lib/rules";
import { MINORITIES } from "../../factories/place-data";

describe("code tables", () => {
  it("lists the 56 ethnic groups once each, 汉族 = 01 and 基诺族 = 56 (GB/T 3304)", () => {
    expect(ETHNICITIES).toHaveLength(56);
    expect(new Set(ETHNICITIES).size).toBe(56);
    expect([ethnicityCode("汉族"), ethnicityCode("基诺族"), ethnicityCode("不存在族")]).toEqual(["01", "56", null]);
  });

  it("knows every ethnicity the demo seed uses", () => {
    for (const [name] of MINORITIES) expect(ETHNICITIES as readonly string[], name).toContain(name);
  });

  it("offers every domain the shipped policy documents name", () => {
    const p = defaultParams();
    for (const d of [...p.d20.pool.domains, ...p.ss12.domains])
      expect(DEFAULT_FAMILIAR_DOMAINS as readonly string[], d).toContain(d);
  });
});
