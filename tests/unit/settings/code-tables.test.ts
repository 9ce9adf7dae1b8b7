import { describe, expect, it } from "vitest";
import { ETHNICITIES, ethnicityCode, DEFAULT_FAMILIAR_DOMAINS } from "@/lib/labels";
import { defaultParams, domainReadings, listCoversDomain } from "@/lib/rules";
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

  it("offers every domain the shipped policy documents name, each once (SS12's 金融 and 城建 under district-2020's 财政金融 and 城市建设管理)", () => {
    const p = defaultParams();
    const list = DEFAULT_FAMILIAR_DOMAINS as readonly string[];
    for (const d of [...p.d20.pool.domains, ...p.ss12.domains]) expect(listCoversDomain(list, d), d).toBe(true);
    // no two entries of the list read as one domain
    for (const d of list)
      expect(
        list.filter((x) => domainReadings(d).includes(x)),
        d,
      ).toEqual([d]);
  });
});
