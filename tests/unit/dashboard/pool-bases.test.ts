import { describe, expect, it } from "vitest";
import { baseText, poolBases, shareOf } from "@/lib/dashboard/pool-bases";

// the demo district's figures the issue saw: 198 in the pool, 91 of them 科级以上 (the D20 base)
const pool = { activeCount: 198, women: { count: 18, n: 91, targetRatio: 0.2, status: "NOT_MET" as const } };

describe("one base for one heading: each pool card names whom it counts", () => {
  it("女干部/少数民族/党外 count the 91 科级以上 members; tiers, education and ages the 198 in the pool", () => {
    const b = poolBases(pool);
    expect(baseText(b.diversity)).toBe("科级以上在库 91 人");
    expect(baseText(b.all)).toBe("在库 198 人");
  });
  it("the women's share is of its own base: 18 / 91 = 19.8%, not 18 / 198 = 9.1%", () => {
    expect(shareOf("女干部", 18, poolBases(pool).diversity)).toBe("女干部 18 人，占科级以上在库 91 人的 19.8%");
  });
  it("a profile without the D20 diversity rows counts everyone in the pool", () => {
    expect(baseText(poolBases({ activeCount: 40, women: null }).diversity)).toBe("在库 40 人");
  });
  it("an empty base says — rather than dividing by zero", () => {
    expect(shareOf("女干部", 0, { label: "在库", n: 0 })).toBe("女干部 0 人，占在库 0 人的 —");
  });
});
