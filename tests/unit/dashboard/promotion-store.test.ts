import { describe, expect, it } from "vitest";
import { buildCompactPromotions, compactPromotions, type PromotionFact } from "@/lib/rules";
import { PromotionStore } from "@/lib/server/dashboard/promotion-store";

// A district with one promotion on the 1st of every month from 2019 to 2026; the loader stands
// in for the SQL window read (loadPromotions) and records which windows were asked for.
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const ALL: PromotionFact[] = [];
for (let y = 2019; y <= 2026; y++) {
  for (let m = 1; m <= 12; m++) {
    const d = `${y}-${String(m).padStart(2, "0")}-01`;
    ALL.push({
      id: `p${d}`,
      cadreId: `c${d}`,
      birthDate: day("1988-05-01"),
      promotedOn: day(d),
      toRank: "SECTION_DEPUTY",
      unitId: "u1",
      unitType: "STREET",
      isPrincipal: false,
    });
  }
}

function store() {
  const reads: string[] = [];
  const s = new PromotionStore(async (since, until) => {
    reads.push(`${since.toISOString().slice(0, 10)}..${until.toISOString().slice(0, 10)}`);
    return ALL.filter((p) => p.promotedOn >= since && p.promotedOn <= until);
  });
  return { s, reads };
}
const ids = (ps: PromotionFact[]) => ps.map((p) => p.id);
const expected = (since: string, until: string) =>
  ids(ALL.filter((p) => p.promotedOn >= day(since) && p.promotedOn <= day(until)));

describe("PromotionStore: promotions per window of dates, read in whole years, each year once", () => {
  it("2024-01-01..2026-11-22 reads 2024-01-01..2026-12-31 once: 35 promotions (2024-01 to 2026-11); later windows inside those years read nothing", async () => {
    const { s, reads } = store();
    const first = await s.between(day("2024-01-01"), day("2026-11-22"));
    expect(ids(first)).toEqual(expected("2024-01-01", "2026-11-22"));
    expect(first).toHaveLength(35);
    expect(await s.between(day("2025-03-01"), day("2026-01-01"))).toHaveLength(11);
    expect(await s.between(day("2024-11-13"), day("2026-11-13"))).toHaveLength(24);
    expect(reads).toEqual(["2024-01-01..2026-12-31"]);
  });

  it("a year earlier (2023-11-22..2025-11-22) reads only the year 2023: 24 promotions (2023-12 to 2025-11)", async () => {
    const { s, reads } = store();
    await s.between(day("2024-01-01"), day("2026-11-22"));
    const earlier = await s.between(day("2023-11-22"), day("2025-11-22"));
    expect(ids(earlier)).toEqual(expected("2023-11-22", "2025-11-22"));
    expect(earlier).toHaveLength(24);
    expect(reads).toEqual(["2024-01-01..2026-12-31", "2023-01-01..2023-12-31"]);
  });

  it("a window spanning two read ones reads the gaps on both sides and between: 2020-03-15..2026-12-31 = 81 promotions", async () => {
    const { s, reads } = store();
    await s.between(day("2021-06-01"), day("2021-12-31"));
    await s.between(day("2023-01-01"), day("2023-02-01"));
    const all = await s.between(day("2020-03-15"), day("2026-12-31"));
    expect(ids(all)).toEqual(expected("2020-03-15", "2026-12-31"));
    expect(all).toHaveLength(81);
    expect(reads.slice(2)).toEqual(["2020-01-01..2020-12-31", "2022-01-01..2022-12-31", "2024-01-01..2026-12-31"]);
  });

  it("two readers of one window at once share its read; a failed read is forgotten and read again", async () => {
    const { s, reads } = store();
    const [a, b] = await Promise.all([
      s.between(day("2024-01-01"), day("2024-12-31")),
      s.between(day("2024-01-01"), day("2024-12-31")),
    ]);
    expect(a).toHaveLength(12);
    expect(b).toHaveLength(12);
    expect(reads).toEqual(["2024-01-01..2024-12-31"]);

    let fail = true;
    const flaky = new PromotionStore(async (since, until) => {
      if (fail) throw new Error("connection lost");
      return ALL.filter((p) => p.promotedOn >= since && p.promotedOn <= until);
    });
    await expect(flaky.between(day("2024-01-01"), day("2024-12-31"))).rejects.toThrow("connection lost");
    fail = false;
    expect(await flaky.between(day("2024-01-01"), day("2024-12-31"))).toHaveLength(12);
  });

  it("with every promotion known up front (the full-history loader) nothing is read: 2026 has 12", async () => {
    const s = new PromotionStore(null, ALL);
    expect(ids(await s.between(day("2026-01-01"), day("2026-12-31")))).toEqual(expected("2026-01-01", "2026-12-31"));
  });
});

describe("PromotionStore after a change: the cadres re-read, the day's lists and their compact arrays", () => {
  it("c2025-03-01 re-read promoted on 2025-03-15 at 36 (was 2025-03-01 at 36): 2025 still has 12, in date order, and the slice's compact arrays equal ones built from the list", async () => {
    const { s } = store();
    await s.between(day("2024-01-01"), day("2026-11-22"));
    const moved = { ...ALL.find((p) => p.cadreId === "c2025-03-01")!, promotedOn: day("2025-03-15") };
    const next = await s.withCadresReread(["c2025-03-01"], async (since, until, cadres) =>
      [moved].filter((p) => cadres.includes(p.cadreId) && p.promotedOn >= since && p.promotedOn <= until),
    );
    const year = await next.between(day("2025-01-01"), day("2025-12-31"));
    expect(year.map((p) => p.promotedOn.toISOString().slice(0, 10))).toEqual(
      ALL.filter((p) => p.promotedOn.getUTCFullYear() === 2025).map((p) =>
        p.cadreId === "c2025-03-01" ? "2025-03-15" : p.promotedOn.toISOString().slice(0, 10),
      ),
    );
    expect(year.find((p) => p.cadreId === "c2025-03-01")).toBe(moved);
    const compact = compactPromotions(year);
    const plain = buildCompactPromotions([...year]);
    for (const key of ["t", "year", "age", "rank", "flags"] as const)
      expect([...compact[key]]).toEqual([...plain[key]]);
    expect(compact.id).toEqual(plain.id);
    // the store before the change still answers as it did
    expect((await s.between(day("2025-03-01"), day("2025-03-01")))[0].cadreId).toBe("c2025-03-01");
  });
});
