import { describe, expect, it } from "vitest";
import type { HireFact, PromotionFact, ResolvedProfile, TargetRow } from "@/lib/rules";
import { day, evaluateStaffing, resolveProfile } from "@/lib/rules";
import { AS_OF, D20_NOW } from "./fixtures";

const rowOf = (rows: TargetRow[], key: string) => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}: ${rows.map((x) => x.key).join(", ")}`);
  return r;
};

/** A promotion on `on` of a cadre aged exactly `age` that day. */
function promo(id: string, on: Date, age: number, over: Partial<PromotionFact> = {}): PromotionFact {
  const birthDate = day(on.getUTCFullYear() - age, on.getUTCMonth() + 1, on.getUTCDate());
  return {
    id,
    cadreId: `c-${id}`,
    birthDate,
    promotedOn: on,
    toRank: "SECTION_PRINCIPAL",
    unitId: "u1",
    unitType: "PARTY_GOV_DEPT",
    isPrincipal: true,
    ...over,
  };
}

const run = (promotions: PromotionFact[], profile: ResolvedProfile = D20_NOW, asOf = AS_OF, hires?: HireFact[]) =>
  evaluateStaffing([], [], [], promotions, profile, asOf, { hires }).rows;

describe("D20-ST-NEWPROMO: young share of the year's new leaders ≥ 1/6", () => {
  it.each([
    ["6 promotions in 2026, 1 young → ceil(6/6)=1 → MET", 6, 1, "MET"],
    ["7 promotions, 1 young → ceil(7/6)=2 → NOT_MET", 7, 1, "NOT_MET"],
    ["7 promotions, 2 young → MET", 7, 2, "MET"],
  ])("%s", (_n, total, young, status) => {
    const ps = Array.from({ length: total }, (_, i) => promo(`p${i}`, day(2026, 3, 1), i < young ? 34 : 45));
    expect(rowOf(run(ps), "D20-ST-NEWPROMO:2026")).toMatchObject({ status, actual: { count: young } });
  });
  it("young is judged at the promotion date by the promoted rank: 正科 ≤34, 副科 ≤32", () => {
    const ps = [
      promo("zk34", day(2026, 3, 1), 34),
      promo("zk35", day(2026, 3, 1), 35),
      promo("fk32", day(2026, 3, 1), 32, { toRank: "SECTION_DEPUTY" }),
      promo("fk33", day(2026, 3, 1), 33, { toRank: "SECTION_DEPUTY" }),
    ];
    expect(rowOf(run(ps), "D20-ST-NEWPROMO:2026").ids).toEqual(["zk34", "fk32"]);
  });
  it("promotions after asOf are not counted; last year has its own row", () => {
    const ps = [promo("late", day(2026, 7, 1), 30), promo("y2025", day(2025, 5, 1), 30)];
    expect(rowOf(run(ps), "D20-ST-NEWPROMO:2026").target.n).toBe(0);
    expect(rowOf(run(ps), "D20-ST-NEWPROMO:2025").ids).toEqual(["y2025"]);
  });
});

describe("D20-ST-3Y-HEAD / -DEPUTY: three-year selection targets", () => {
  // Rolling window: 2023-07-01 … 2026-06-30. 区管正职/副职 are the 处级 posts.
  const head = (id: string, on: Date, age: number, over: Partial<PromotionFact> = {}) =>
    promo(id, on, age, { toRank: "DIVISION_PRINCIPAL", ...over });
  const deputy = (id: string, on: Date, age: number, over: Partial<PromotionFact> = {}) =>
    promo(id, on, age, { toRank: "DIVISION_DEPUTY", isPrincipal: false, ...over });
  const heads = [
    ...Array.from({ length: 2 }, (_, i) => head(`st${i}`, day(2024, 1, 1), 44, { unitType: "STREET" })),
    ...Array.from({ length: 5 }, (_, i) => head(`dp${i}`, day(2025, 1, 1), 42)),
  ];
  it("7 heads aged ≤44 (42左右) in the window, 2 streets, 5 departments → all three rows MET", () => {
    const rows = run(heads);
    expect(["TOTAL", "STREET", "DEPT"].map((k) => rowOf(rows, `D20-ST-3Y-HEAD:${k}`).status)).toEqual([
      "MET",
      "MET",
      "MET",
    ]);
  });
  it("a head aged 45 at promotion does not count; a promotion on 2023-06-30 is outside the window", () => {
    const rows = run([
      ...heads.slice(1),
      head("old", day(2025, 1, 1), 45, { unitType: "STREET" }),
      head("early", day(2023, 6, 30), 40, { unitType: "STREET" }),
    ]);
    expect(rowOf(rows, "D20-ST-3Y-HEAD:TOTAL")).toMatchObject({ status: "NOT_MET", actual: { count: 6 } });
    expect(rowOf(rows, "D20-ST-3Y-HEAD:STREET").actual.count).toBe(1);
  });
  it("rolling window AT_RISK: met today, but promotions from 2024-01-01 leave the window within 12 months", () => {
    const d20 = resolveProfile("district-2020");
    expect(rowOf(run(heads, d20), "D20-ST-3Y-HEAD:TOTAL").status).toBe("AT_RISK");
  });
  it("a pinned window 2026—2028 still running: on pace → AT_RISK, behind pace → NOT_MET", () => {
    const pinned = resolveProfile(
      { key: "p", name: "固定期", extends: "d20-now", params: { d20: { staffing: { windowStartYear: 2026 } } } },
      {
        "d20-now": {
          key: "d20-now",
          name: "x",
          extends: "district-2020",
          params: { conventions: { atRiskMonths: 0 } },
        },
      },
    );
    const asOf = day(2027, 7, 1); // about half-way: pace floor(7 × 0.5) = 3
    const three = [head("a", day(2026, 2, 1), 40), head("b", day(2026, 5, 1), 40), head("c", day(2027, 3, 1), 40)];
    expect(rowOf(run(three, pinned, asOf), "D20-ST-3Y-HEAD:TOTAL").status).toBe("AT_RISK");
    expect(rowOf(run(three.slice(0, 2), pinned, asOf), "D20-ST-3Y-HEAD:TOTAL").status).toBe("NOT_MET");
    expect(rowOf(run(three.slice(0, 2), pinned, day(2029, 1, 1)), "D20-ST-3Y-HEAD:TOTAL").status).toBe("NOT_MET");
  });
  it("deputies: 16 aged ≤42 (40左右) → MET; streets need 5 aged ≤37", () => {
    const ds = Array.from({ length: 16 }, (_, i) =>
      deputy(`d${i}`, day(2025, 3, 1), i < 5 ? 37 : 42, { unitType: i < 5 ? "STREET" : "PARTY_GOV_DEPT" }),
    );
    const rows = run(ds);
    expect(rowOf(rows, "D20-ST-3Y-DEPUTY:TOTAL").status).toBe("MET");
    expect(rowOf(rows, "D20-ST-3Y-DEPUTY:STREET").status).toBe("MET");
    ds[0] = deputy("d0", day(2025, 3, 1), 38, { unitType: "STREET" });
    expect(rowOf(run(ds), "D20-ST-3Y-DEPUTY:STREET").status).toBe("NOT_MET");
  });
  it("promotions that are not 区管 do not count", () => {
    expect(
      rowOf(run([head("x", day(2025, 1, 1), 40, { districtManaged: false })]), "D20-ST-3Y-HEAD:TOTAL").actual.count,
    ).toBe(0);
  });
  it("科级 promotions are the units' own, not 区管: 7 正科 heads and 16 副科 deputies → 0 and 0, NOT_MET; marked 区管 they count", () => {
    const sectionHeads = heads.map((p) => ({ ...p, toRank: "SECTION_PRINCIPAL" as const }));
    const sectionDeputies = Array.from({ length: 16 }, (_, i) =>
      promo(`s${i}`, day(2025, 3, 1), 30, { toRank: "SECTION_DEPUTY", isPrincipal: false, unitType: "STREET" }),
    );
    const rows = run([...sectionHeads, ...sectionDeputies]);
    expect(rowOf(rows, "D20-ST-3Y-HEAD:TOTAL")).toMatchObject({ status: "NOT_MET", actual: { count: 0 } });
    expect(rowOf(rows, "D20-ST-3Y-DEPUTY:TOTAL")).toMatchObject({ status: "NOT_MET", actual: { count: 0 } });
    const marked = run(sectionHeads.map((p) => ({ ...p, districtManaged: true })));
    expect(rowOf(marked, "D20-ST-3Y-HEAD:TOTAL").actual.count).toBe(7);
  });
});

describe("WS-YOUNG-PROMO and WS-NEW-HIRES", () => {
  const ws = resolveProfile({
    key: "ws-now",
    name: "x",
    extends: "work-summary",
    enable: ["D20-ST-NEWPROMO"],
    params: { conventions: { atRiskMonths: 0 } },
  });
  it("WS-YOUNG-PROMO reports the share of ≤35 (35岁以下 inclusive) among 2026 promotions, without a target", () => {
    const r = rowOf(
      run([promo("a", day(2026, 1, 1), 35), promo("b", day(2026, 1, 1), 36), promo("c", day(2026, 1, 1), 50)], ws),
      "WS-YOUNG-PROMO",
    );
    expect(r).toMatchObject({ status: "INFO", ids: ["a"], target: { n: 3 } });
  });
  it.each([
    ["3 of 5 hires ≤35 → 60% → MET", 3, "MET"],
    ["2 of 5 → 40% → NOT_MET", 2, "NOT_MET"],
  ])("WS-NEW-HIRES: %s", (_n, young, status) => {
    const hires: HireFact[] = Array.from({ length: 5 }, (_, i) => ({
      id: `h${i}`,
      birthDate: day(i < young ? 1995 : 1980, 1, 1),
      hiredOn: day(2026, 3, 1),
    }));
    expect(rowOf(run([], ws, AS_OF, hires), "WS-NEW-HIRES").status).toBe(status);
  });
  it("WS-NEW-HIRES is omitted when no hires are given", () => {
    expect(run([], ws).some((r) => r.ruleId === "WS-NEW-HIRES")).toBe(false);
  });
});
