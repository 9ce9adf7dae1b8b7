import { describe, expect, it } from "vitest";
import { day, STATUTORY_RETIREMENT_AGES, type PoolEntryFact, type PoolTier } from "@/lib/rules";
import { group, navCounts, workList } from "@/lib/worklist/model";
import { probationItem, retirementItem, tenureItem } from "@/lib/worklist/people-items";
import { poolGroups, type PoolMember } from "@/lib/worklist/pool-items";
import { ALL, D20 } from "../rules/fixtures";

const AS_OF = day(2026, 12, 7);
const person = {
  cadreId: "c1",
  name: "王明",
  unitName: "青禾街道",
  gender: "MALE" as const,
  birthDate: day(1966, 7, 20),
};

describe("people items as of 2026-12-07", () => {
  it("a man born 1966-07-20 reaches 60 + 5 months on 2026-12-20: this month's, linked to his record", () => {
    expect(retirementItem({ ...person, rank: null }, AS_OF, STATUTORY_RETIREMENT_AGES)).toEqual({
      kind: "RETIRE_THIS_MONTH",
      item: {
        key: "c1",
        title: "王明",
        context: "青禾街道",
        detail: "1966.07出生，2026年12月20日达到法定退休年龄（60周岁5个月）",
        dueOn: "2026-12-20",
        ruleId: null,
        href: "/cadres/c1",
      },
    });
  });

  const appt = {
    ...person,
    birthDate: day(1988, 3, 1),
    appointmentId: "a1",
    postTitle: "党政办主任",
    rank: "SECTION_PRINCIPAL" as const,
    isKeyPost: false,
    startDate: day(2025, 12, 20),
    previousRank: "SECTION_DEPUTY" as const,
  };
  it("副科 → 正科 on 2025-12-20: probation ends 2026-12-19 (NAT-PROBATION)", () => {
    const i = probationItem(appt, AS_OF, ALL)!;
    expect(i.ruleId).toBe("NAT-PROBATION");
    expect(i.dueOn).toBe("2026-12-19");
    expect(i.detail).toBe("2025年12月20日由副科级提任正科级，试用期将于2026年12月19日期满，请组织考核");
    expect(probationItem({ ...appt, previousRank: "SECTION_PRINCIPAL" }, AS_OF, ALL)).toBeNull();
  });

  it("正科职 since 2021-12-08: 5 years on 2026-12-08, ZZ15-ROT-POST, linked to the record", () => {
    const t = tenureItem({ ...appt, startDate: day(2021, 12, 8) }, AS_OF, ALL)!;
    expect(t.kind).toBe("TENURE_5");
    expect(t.item).toMatchObject({ ruleId: "ZZ15-ROT-POST", dueOn: "2026-12-08", href: "/cadres/c1" });
    expect(t.item.detail).toBe("2021年12月8日任现职，将于2026年12月8日满5年，应当轮岗交流");
  });
});

const entry = (id: string, tier: PoolTier, enteredOn: Date, birthDate: Date): PoolMember => ({
  entry: {
    id,
    tier,
    enteredOn,
    cadre: {
      id: `c-${id}`,
      birthDate,
      gender: "MALE",
      ethnicity: "汉族",
      politicalStatus: "CPC_MEMBER",
      education: [],
    },
  } satisfies PoolEntryFact,
  name: `干部${id}`,
  unitName: "青禾街道",
});

describe("pool items as of 2026-12-07 (district-2020: yearly review, 科级 limit 35 + 2 = 37)", () => {
  const members = [
    entry("e1", "SECTION", day(2024, 6, 1), day(1995, 1, 1)), // reviewed 2025-12-15 → due 2026-12-15 (in 8 days)
    entry("e2", "SECTION", day(2024, 6, 1), day(1995, 1, 1)), // reviewed 2024-12-12 only → due 2025-12-12, no 2025 review
    entry("e3", "SECTION", day(2025, 3, 1), day(1989, 3, 1)), // reviewed 2025-12-16; passes 37 on 2027-03-01 (38th birthday)
    entry("e4", "DIVISION_DEPUTY", day(2026, 11, 1), day(1990, 1, 1)), // entered last month: nothing due
  ];
  const reviews = [
    { poolEntryId: "e1", reviewedOn: day(2025, 12, 15), year: 2025 },
    { poolEntryId: "e2", reviewedOn: day(2024, 12, 12), year: 2024 },
    { poolEntryId: "e3", reviewedOn: day(2025, 12, 16), year: 2025 },
  ];
  const groups = Object.fromEntries(
    poolGroups({ members, reviews, trainings: new Map() }, D20, AS_OF).map((g) => [g.kind, g]),
  );

  it("reviews due within 30 days: e2 (overdue since 2025-12-12), e1 (2026-12-15), e3 (2026-12-16)", () => {
    expect(groups.POOL_REVIEW_DUE.items.map((i) => [i.key, i.dueOn, i.ruleId])).toEqual([
      ["e2", "2025-12-12", "D20-REVIEW-ANNUAL"],
      ["e1", "2026-12-15", "D20-REVIEW-ANNUAL"],
      ["e3", "2026-12-16", "D20-REVIEW-ANNUAL"],
    ]);
    expect(groups.POOL_REVIEW_DUE.items[0].href).toBe("/pool/e2");
  });

  it("aging out within 12 months: only e3 (born 1989-03-01, over 37 on 2027-03-01, D20-AGE-KJ)", () => {
    expect(groups.POOL_AGING_OUT.items.map((i) => [i.key, i.dueOn, i.ruleId])).toEqual([
      ["e3-age", "2027-03-01", "D20-AGE-KJ"],
    ]);
  });

  it("no 2025 review on record: e2 only (e4 entered after 2025-10-01)", () => {
    expect(groups.NO_POOL_REVIEW.items.map((i) => i.key)).toEqual(["e2-record"]);
  });

  it("training behind: the three 科级 members without a 2026 special training (D20-TRAIN-KJ); the 副处级 one has none due", () => {
    expect(groups.TRAINING_BEHIND.count).toBe(3);
    expect(new Set(groups.TRAINING_BEHIND.items.map((i) => i.ruleId))).toEqual(new Set(["D20-TRAIN-KJ"]));
    expect(groups.TRAINING_BEHIND.items[0].href).toMatch(/^\/cadres\/c-e[123]$/);
  });
});

describe("the list and the menu badges", () => {
  const item = { key: "k", title: "t", context: "", detail: "d", dueOn: null, ruleId: null, href: "/x" };
  const list = workList("2026-12-07", "全区", [
    group("TENURE_5", 4, [item]),
    group("RETIRE_THIS_MONTH", 0, []),
    group("NOMINATION_STEP", 3, [item]),
    group("TRAINING_BEHIND", 2, [item]),
    group("POOL_REVIEW_DUE", 5, [item]),
  ]);
  it("drops empty groups and orders them by kind: nominations, pool, tenure, training; total 3 + 5 + 4 + 2 = 14", () => {
    expect(list.groups.map((g) => g.kind)).toEqual([
      "NOMINATION_STEP",
      "POOL_REVIEW_DUE",
      "TENURE_5",
      "TRAINING_BEHIND",
    ]);
    expect(list.total).toBe(14);
  });
  it("badges per menu item: 推荐 3, 干部库 5, 单位与班子 4, 培训与实践 2, 首页 14", () => {
    expect(navCounts(list)).toEqual({ "/nominations": 3, "/pool": 5, "/units": 4, "/training": 2, "/": 14 });
  });
});
