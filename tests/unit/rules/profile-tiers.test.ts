import { describe, expect, it } from "vitest";
import { poolTierLabel, poolTierNames, poolTierNamesUnder } from "@/lib/labels";
import { profileTiers, resolveProfile } from "@/lib/rules";

// One tier vocabulary: the profile in force says which tiers exist (its documents' rules), and
// each tier has one name; another document's tier keeps its name with that document.
describe("the tiers of a profile", () => {
  it("district-2020: 正处级/副处级/科级年轻干部 (D20-POOL-SIZE, D20-AGE-*); shushan-2012: 正职后备/副职后备 (SS12-*)", () => {
    expect(profileTiers(resolveProfile("district-2020"))).toEqual(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION"]);
    expect(profileTiers(resolveProfile("shushan-2012"))).toEqual(["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"]);
  });

  it("a profile naming no tier (national-baseline, zhuzhou-2015) keeps district-2020's, the fallback preset", () => {
    expect(profileTiers(resolveProfile("national-baseline"))).toEqual([
      "DIVISION_PRINCIPAL",
      "DIVISION_DEPUTY",
      "SECTION",
    ]);
    expect(profileTiers(resolveProfile("zhuzhou-2015"))).toEqual(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION"]);
  });

  it("a district profile switching on SS12-SIZE over district-2020 has both sets, in the pool's order", () => {
    const both = resolveProfile({ key: "both", name: "两套", extends: "district-2020", enable: ["SS12-SIZE"] });
    expect(profileTiers(both)).toEqual([
      "DIVISION_PRINCIPAL",
      "DIVISION_DEPUTY",
      "SECTION",
      "PRINCIPAL_RESERVE",
      "DEPUTY_RESERVE",
    ]);
  });

  it("district-2020 with its five tier rules switched off and SS12-AGE-ZZ on has the reserves only", () => {
    const off = resolveProfile({
      key: "reserves-only",
      name: "仅后备",
      extends: "district-2020",
      enable: ["SS12-AGE-ZZ"],
      disable: ["D20-POOL-SIZE", "D20-AGE-ZC", "D20-AGE-FC", "D20-AGE-KJ", "D20-TIER-RANK"],
    });
    expect(profileTiers(off)).toEqual(["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"]);
  });
});

describe("one name per tier", () => {
  it("never the bare rank words: 正处级 is a rank, the tier is 正处级年轻干部", () => {
    expect(Object.values(poolTierLabel)).toEqual([
      "正处级年轻干部",
      "副处级年轻干部",
      "科级年轻干部",
      "正职后备",
      "副职后备",
    ]);
  });

  it("under district-2020 its tiers are plain and shushan-2012's carry their document", () => {
    const names = poolTierNamesUnder(resolveProfile("district-2020"));
    expect(names.SECTION).toBe("科级年轻干部");
    expect(names.PRINCIPAL_RESERVE).toBe("正职后备（蜀山区2012年实施意见）");
    expect(poolTierNames(["PRINCIPAL_RESERVE", "DEPUTY_RESERVE"]).DIVISION_DEPUTY).toBe(
      "副处级年轻干部（区委2020年实施意见）",
    );
  });
});
