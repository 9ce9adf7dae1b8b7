// DP-POOL-READY: the share of 近期可提拔 among active entries, from each entry's latest review on
// or before the reference date. Fixed dates; the arithmetic in each name.
import { describe, expect, it } from "vitest";
import type { PoolEntryFact, Readiness } from "@/lib/rules";
import { day, evaluatePool, withReadiness } from "@/lib/rules";
import { AS_OF, D20, entry } from "./fixtures";

const reviewed = (id: string, ...r: [Date, Readiness | null][]): PoolEntryFact => ({
  ...entry(id, "SECTION"),
  readiness: r.map(([reviewedOn, readiness]) => ({ reviewedOn, readiness })),
});
const row = (entries: PoolEntryFact[]) =>
  evaluatePool(entries, D20, AS_OF).rows.find((r) => r.ruleId === "DP-POOL-READY");

describe("DP-POOL-READY (近期可提拔 ≥ 1/3 of active entries)", () => {
  it("1 of 3 near-term → 1 ≥ ceil(3 × 1/3) = 1: met", () => {
    const r = row([
      reviewed("a", [day(2026, 3, 1), "NEAR_TERM"]),
      reviewed("b"),
      reviewed("c", [day(2026, 3, 1), "LONG_TERM"]),
    ]);
    expect(r).toMatchObject({ status: "MET", actual: { count: 1 }, target: { count: 1, n: 3 }, ids: ["a"] });
  });
  it("the latest review on or before 2026-06-30 decides: near-term in 2025, long-term 2026-03-01 → 0 of 3: not met; a review dated 2026-07-01 is not read", () => {
    const r = row([
      reviewed("a", [day(2025, 3, 1), "NEAR_TERM"], [day(2026, 3, 1), "LONG_TERM"]),
      reviewed("b", [day(2026, 7, 1), "NEAR_TERM"]),
      reviewed("c"),
    ]);
    expect(r).toMatchObject({ status: "NOT_MET", actual: { count: 0 } });
  });
  it("no readiness loaded (facts without reviews) → no row", () => {
    expect(row([entry("a", "SECTION")])).toBeUndefined();
  });
});

describe("withReadiness: reviews read apart from their entries (the dashboard's SQL facts)", () => {
  it("attaches each entry's reviews by date (2026 before 2025 in the input → 2025 first), [] for an entry never reviewed, and the verdict equals the per-entry loader's: 1 of 2 near-term", () => {
    const entries = [entry("a", "SECTION"), entry("b", "SECTION")];
    const attached = withReadiness(entries, [
      { poolEntryId: "a", reviewedOn: day(2026, 3, 1), readiness: "NEAR_TERM" },
      { poolEntryId: "a", reviewedOn: day(2025, 3, 1), readiness: "LONG_TERM" },
    ]);
    expect(attached.map((e) => e.readiness)).toEqual([
      [
        { reviewedOn: day(2025, 3, 1), readiness: "LONG_TERM" },
        { reviewedOn: day(2026, 3, 1), readiness: "NEAR_TERM" },
      ],
      [],
    ]);
    expect(entries[0].readiness).toBeUndefined();
    expect(row(attached)).toEqual(row([reviewed("a", [day(2026, 3, 1), "NEAR_TERM"]), reviewed("b")]));
  });
});
