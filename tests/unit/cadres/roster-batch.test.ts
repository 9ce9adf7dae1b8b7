import { describe, expect, it } from "vitest";
import { batchPoolSummary, type BatchPoolRow } from "@/lib/cadres/roster-batch";

const row = (outcome: BatchPoolRow["outcome"]): BatchPoolRow => ({
  cadreId: outcome,
  name: "某",
  unit: "某单位",
  outcome,
  entryId: null,
  message: "",
  reasons: [],
});

describe("the batch 入库's summary line", () => {
  it("3 entered, 2 ineligible, 1 already in, 1 not found → each counted in the fixed order", () => {
    const rows = ["INELIGIBLE", "ENTERED", "ALREADY_IN", "ENTERED", "INELIGIBLE", "ENTERED"].map((o) =>
      row(o as BatchPoolRow["outcome"]),
    );
    expect(batchPoolSummary({ rows, notFound: 1 })).toBe(
      "已入库 3 人，已在库 1 人，不符合 2 人，1 人不在当前范围内，未办理",
    );
  });
  it("a warning without a reason reads 有提示，未入库", () => {
    expect(batchPoolSummary({ rows: [row("NEEDS_REASON")], notFound: 0 })).toBe("有提示，未入库 1 人");
  });
});
