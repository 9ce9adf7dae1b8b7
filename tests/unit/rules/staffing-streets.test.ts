import { describe, expect, it } from "vitest";
import type { TargetRow } from "@/lib/rules";
import { day, evaluateStaffing, resolveProfile } from "@/lib/rules";
import { AS_OF, D20 } from "./fixtures";
import { aged, District } from "./district-fixture";

const rowOf = (rows: TargetRow[], key: string) => rows.find((r) => r.key === key)!;

/** 12 streets; `young35` of them have a deputy aged 36, `heads45` heads aged 46, `heads40` heads aged 41. */
function streets(opts: { young35: number; heads45: number; heads40: number; lacking40?: number }) {
  const d = new District();
  let h45 = opts.heads45;
  let h40 = opts.heads40;
  for (let i = 1; i <= 12; i++) {
    const deputy = i <= opts.young35 ? 36 : i > 12 - (opts.lacking40 ?? 0) ? 50 : 41;
    const head = () => (h40-- > 0 ? 41 : h45-- > 0 ? 46 : 55);
    d.street(`s${String(i).padStart(2, "0")}`, [head(), head(), deputy]);
  }
  return evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows;
}

describe("D20-ST-STREET-40: every street team has a cadre about 40 (≤42)", () => {
  it("all 12 streets → MET", () => {
    expect(rowOf(streets({ young35: 0, heads45: 0, heads40: 0 }), "D20-ST-STREET-40")).toMatchObject({
      status: "MET",
      target: { count: 12, n: 12 },
    });
  });
  it("street s12 lacks one → NOT_MET and the lacking street is listed for drill-down", () => {
    const r = rowOf(streets({ young35: 0, heads45: 0, heads40: 0, lacking40: 1 }), "D20-ST-STREET-40");
    expect(r).toMatchObject({ status: "NOT_MET", lackingIds: ["s12"], subject: "UNIT" });
    expect(r.ids).toHaveLength(11);
  });
  it.each([
    // 42 counts today (and turns 43 within the at-risk horizon, hence AT_RISK rather than MET)
    [42, 1, "AT_RISK"],
    [43, 0, "NOT_MET"],
  ])("左右 tolerance: a single street whose youngest is %i → counts %i (%s)", (age, count, status) => {
    const d = new District().street("s1", [55, 55, age]);
    const r = rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows, "D20-ST-STREET-40");
    expect(r.actual.count).toBe(count);
    expect(r.status).toBe(status);
  });
});

describe("D20-ST-STREET-35: > 2/5 of 12 streets → ceil(4.8) = 5 (the document's 5)", () => {
  it.each([
    [5, "MET"],
    [4, "NOT_MET"],
  ])("%i streets with a cadre ≤37 → %s", (n, status) => {
    const r = rowOf(streets({ young35: n, heads45: 0, heads40: 0 }), "D20-ST-STREET-35");
    expect(r).toMatchObject({ status, target: { ratio: 0.4, count: 5, n: 12 } });
    expect(r.target.description).toContain("2/5");
  });
});

describe("street principal posts (24 = 12 × 书记 + 主任)", () => {
  it.each([
    ["HEAD-45: 6 heads ≤47 of 24 → ceil(24/4)=6 → MET", "D20-ST-STREET-HEAD-45", { heads45: 6, heads40: 0 }, 6, "MET"],
    ["HEAD-45: 5 → NOT_MET", "D20-ST-STREET-HEAD-45", { heads45: 5, heads40: 0 }, 6, "NOT_MET"],
    ["HEAD-40: 3 heads ≤42 → ceil(24/8)=3 → MET", "D20-ST-STREET-HEAD-40", { heads45: 0, heads40: 3 }, 3, "MET"],
    ["HEAD-40: 2 → NOT_MET", "D20-ST-STREET-HEAD-40", { heads45: 0, heads40: 2 }, 3, "NOT_MET"],
  ] as const)("%s", (_n, key, opts, count, status) => {
    const r = rowOf(streets({ young35: 0, ...opts }), key);
    expect(r).toMatchObject({ status, subject: "POST", target: { count, n: 24 } });
  });

  it("HEAD-40 needs at least 2 even when 1/8 of the posts is fewer (4 posts → ceil(0.5)=1, min 2)", () => {
    const d = new District().street("s1", [41, 55, 55]).street("s2", [55, 55, 55]);
    const r = rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows, "D20-ST-STREET-HEAD-40");
    expect(r).toMatchObject({ status: "NOT_MET", target: { count: 2, n: 4 } });
  });

  it("a profile may pin an absolute count instead of the ratio", () => {
    const pinned = resolveProfile({
      key: "pin",
      name: "固定",
      extends: "district-2020",
      params: { d20: { staffing: { streetHead45Pinned: 2 } } },
    });
    const d = new District().street("s1", [46, 46, 55]);
    const r = rowOf(
      evaluateStaffing(d.units, d.posts, d.appointments, [], pinned, AS_OF).rows,
      "D20-ST-STREET-HEAD-45",
    );
    expect(r).toMatchObject({ status: "MET", target: { count: 2 } });
  });
});

describe("history: appointments active on asOf recompute the past", () => {
  const d = new District()
    .unit("s1", "STREET")
    .post("s1-dep", "s1")
    .hold("s1-dep", aged("old", 50), day(2015, 1, 1), day(2026, 6, 29))
    .hold("s1-dep", aged("young", 39), day(2026, 6, 30));
  it.each([
    ["2026-06-30: the young deputy started today → MET", AS_OF, "MET"],
    ["2026-06-29: the 49-year-old still held the post → NOT_MET", day(2026, 6, 29), "NOT_MET"],
  ])("%s", (_n, asOf, status) => {
    expect(
      rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, asOf).rows, "D20-ST-STREET-40").status,
    ).toBe(status);
  });
  it("an appointment whose endDate is yesterday is not active", () => {
    const only = new District()
      .unit("s1", "STREET")
      .post("p", "s1")
      .hold("p", aged("x", 30), day(2020, 1, 1), day(2026, 6, 29));
    expect(
      rowOf(evaluateStaffing(only.units, only.posts, only.appointments, [], D20, AS_OF).rows, "D20-ST-STREET-40")
        .status,
    ).toBe("NOT_MET");
  });
});

describe("AT_RISK: met today, but the only cadre ≤42 turns 43 within 12 months", () => {
  it("a 42-year-old turning 43 on 2027-01-15 → AT_RISK", () => {
    const d = new District()
      .unit("s1", "STREET")
      .post("p", "s1")
      .hold("p", { id: "x", gender: "FEMALE", birthDate: day(1984, 1, 15) });
    expect(
      rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows, "D20-ST-STREET-40").status,
    ).toBe("AT_RISK");
  });
});
