import { describe, expect, it } from "vitest";
import type { PoolEntryFact } from "@/lib/rules";
import { nominationStages, poolFlows } from "@/lib/server/dashboard/flows-view";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const at = (s: string) => new Date(s); // an instant
const AS_OF = d("2026-11-22");

const entry = (id: string, enteredOn: string, closedOn: string | null): PoolEntryFact => ({
  id,
  tier: "SECTION",
  enteredOn: d(enteredOn),
  closedOn: closedOn ? d(closedOn) : null,
  cadre: {
    id: `c-${id}`,
    birthDate: d("1992-01-01"),
    gender: "MALE",
    ethnicity: "汉族",
    politicalStatus: "CPC_MEMBER",
    education: [],
  },
});

describe("pool entries and exits per year, up to 2026-11-22", () => {
  const years = poolFlows(
    [
      entry("a", "2021-03-01", null),
      entry("b", "2024-05-10", "2026-11-22"), // closed on asOf: counts as an exit of 2026
      entry("c", "2025-12-31", "2026-11-23"), // closes after asOf: no exit yet
      entry("d", "2026-11-23", null), // enters after asOf: not yet an entry
      entry("e", "2019-01-01", "2020-06-30"), // before the six charted years
    ],
    AS_OF,
  );

  it("charts the six years 2021–2026", () => {
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it("entries: 2021 1, 2024 1, 2025 1 (2026's entry on 11-23 is after asOf); exits: 2026 1", () => {
    expect(years.map((y) => [y.year, y.entries, y.exits])).toEqual([
      [2021, 1, 0],
      [2022, 0, 0],
      [2023, 0, 0],
      [2024, 1, 0],
      [2025, 1, 0],
      [2026, 0, 1],
    ]);
  });
});

describe("nominations by stage on 2026-11-22", () => {
  const stages = nominationStages(
    [
      { nominationId: "n1", toStage: "PROPOSED", occurredAt: at("2026-01-05T02:00:00Z") },
      { nominationId: "n1", toStage: "RECOMMENDED", occurredAt: at("2026-02-01T02:00:00Z") },
      { nominationId: "n2", toStage: "APPOINTED", occurredAt: at("2025-12-20T02:00:00Z") }, // closed last year: not counted
      { nominationId: "n3", toStage: "REJECTED", occurredAt: at("2026-03-01T02:00:00Z") },
      // 1 January 2026 00:30 in China is 2025-12-31T16:30Z: this year's
      { nominationId: "n4", toStage: "WITHDRAWN", occurredAt: at("2025-12-31T16:30:00Z") },
    ],
    AS_OF,
  );
  const count = (stage: string) => stages.find((s) => s.stage === stage)!.count;

  it("counts each nomination once, at its latest stage: 民主推荐 1 (n1), 任职 0, 未通过 1, 已撤回 1", () => {
    expect([
      count("PROPOSED"),
      count("RECOMMENDED"),
      count("APPOINTED"),
      count("REJECTED"),
      count("WITHDRAWN"),
    ]).toEqual([0, 1, 0, 1, 1]);
  });

  it("lists the nine stages in procedure order with Chinese labels, open ones first", () => {
    expect(stages.map((s) => s.label)).toEqual([
      "动议",
      "民主推荐",
      "考察",
      "酝酿",
      "讨论决定",
      "公示",
      "任职",
      "未通过",
      "已撤回",
    ]);
    expect(stages.filter((s) => s.open).length).toBe(6);
  });
});
