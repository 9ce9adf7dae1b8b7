import { describe, expect, it } from "vitest";
import type { RotationAppointmentFact } from "@/lib/rules";
import { day, rotationDue } from "@/lib/rules";
import { AS_OF, ZZ15 } from "./fixtures";

function appt(id: string, over: Partial<RotationAppointmentFact> = {}): RotationAppointmentFact {
  return {
    id,
    cadreId: `c-${id}`,
    gender: "MALE",
    birthDate: day(1980, 1, 1),
    postId: `p-${id}`,
    unitId: "office",
    rank: "SECTION_DEPUTY",
    isPrincipal: false,
    startDate: day(2021, 6, 30),
    ...over,
  };
}
const due = (apps: RotationAppointmentFact[], horizonMonths = 0, asOf = AS_OF) =>
  rotationDue(apps, ZZ15, asOf, horizonMonths);

describe("ZZ15-ROT-POST: 5 years in the same 科室 (soft)", () => {
  it.each([
    ["started 2021-06-30 → 5 years on 2026-06-30 → DUE", day(2021, 6, 30), ["DUE"]],
    ["started 2021-07-01 → 5 years tomorrow → not yet", day(2021, 7, 1), []],
  ])("%s", (_n, startDate, statuses) => {
    expect(due([appt("a", { startDate })]).map((i) => i.status)).toEqual(statuses);
  });
  it("started 2021-07-01 is UPCOMING with a 1-month horizon, due on 2026-07-01", () => {
    const [item] = due([appt("a", { startDate: day(2021, 7, 1) })], 1);
    expect(item).toMatchObject({
      ruleId: "ZZ15-ROT-POST",
      status: "UPCOMING",
      severity: "soft",
      dueOn: day(2026, 7, 1),
    });
  });
  it("consecutive appointments in the same 科室 (副科长 → 科长) count as one period", () => {
    const apps = [
      appt("a1", { cadreId: "c1", startDate: day(2020, 1, 1), endDate: day(2023, 12, 31) }),
      appt("a2", { cadreId: "c1", startDate: day(2024, 1, 1), rank: "SECTION_PRINCIPAL", isPrincipal: true }),
    ];
    const item = due(apps).find((i) => i.ruleId === "ZZ15-ROT-POST")!;
    expect(item.since).toEqual(day(2020, 1, 1));
    expect(item.appointmentIds).toEqual(["a1", "a2"]);
  });
  it("a move to another 科室 restarts the period", () => {
    const apps = [
      appt("a1", { cadreId: "c1", startDate: day(2019, 1, 1), endDate: day(2023, 12, 31) }),
      appt("a2", { cadreId: "c1", unitId: "finance", startDate: day(2024, 1, 1) }),
    ];
    expect(due(apps)).toEqual([]);
  });
  it("a past asOf reads the history: on 2022-01-01 the 2016 appointment was due", () => {
    const apps = [appt("a1", { startDate: day(2016, 1, 1), endDate: day(2023, 12, 31) })];
    expect(due(apps, 0, day(2022, 1, 1))).toHaveLength(1);
    expect(due(apps)).toHaveLength(0);
  });
});

describe("ZZ15-ROT-KEY: key posts must rotate after 5 years (hard)", () => {
  // ROT-KEY is in addition to ROT-POST ("在同一科室担任正（副）科职满5年的应当轮岗交流；涉及…关键岗位任职满5年，
  // 必须轮岗交流"), so a 副科长 in a key post since 2021-06-30 gets both reasons, each citing its rule.
  it("a key post since 2021-06-30 → both due 2026-06-30: ROT-KEY (hard, 必须) and ROT-POST (soft, 应当)", () => {
    const items = due([appt("k", { isKeyPost: true })]);
    expect(items.map((i) => [i.ruleId, i.severity, i.status, i.dueOn])).toEqual([
      ["ZZ15-ROT-KEY", "hard", "DUE", day(2026, 6, 30)],
      ["ZZ15-ROT-POST", "soft", "DUE", day(2026, 6, 30)],
    ]);
    expect(items[0].message).toContain("必须轮岗交流");
    expect(items[1].message).toContain("应当轮岗交流");
  });
});

describe("ZZ15-ROT-LEADER and ZZ15-ROT-PAIR", () => {
  it("科长 since 2019-01-01, boss took over 2021-06-30 → ROT-LEADER since 2021-06-30, due 2026-06-30", () => {
    const chief = appt("ch", {
      rank: "SECTION_PRINCIPAL",
      isPrincipal: true,
      supervisorCadreId: "boss",
      startDate: day(2019, 1, 1),
      supervisorSince: day(2021, 6, 30),
    });
    const item = due([chief]).find((i) => i.ruleId === "ZZ15-ROT-LEADER");
    expect(item).toMatchObject({ since: day(2021, 6, 30), dueOn: day(2026, 6, 30), status: "DUE" });
  });
  // Changed: this test used to expect due 2026-06-30 from a supervisorSince earlier than the appointment.
  // supervisorSince is "when the current supervisor took over, if later than startDate" (rotation-facts.ts),
  // and the rule is "同一分管领导分管同一科长5年": before 2023-01-01 boss oversaw the post, not this 科长.
  it("科长 since 2023-01-01, supervisorSince 2021-06-30 (earlier: boss already oversaw the post) → since 2023-01-01, due 2028-01-01", () => {
    const chief = appt("ch", {
      rank: "SECTION_PRINCIPAL",
      isPrincipal: true,
      supervisorCadreId: "boss",
      startDate: day(2023, 1, 1),
      supervisorSince: day(2021, 6, 30),
    });
    expect(due([chief]).some((i) => i.ruleId === "ZZ15-ROT-LEADER")).toBe(false);
    const item = due([chief], 19).find((i) => i.ruleId === "ZZ15-ROT-LEADER");
    expect(item).toMatchObject({ since: day(2023, 1, 1), dueOn: day(2028, 1, 1), status: "UPCOMING" });
  });
  it("a 正科长 and 副科长 together since 2021-06-30 → ROT-PAIR naming both", () => {
    const chief = appt("ch", {
      cadreId: "chief",
      rank: "SECTION_PRINCIPAL",
      isPrincipal: true,
      startDate: day(2019, 1, 1),
    });
    const dep = appt("dp", { cadreId: "dep", startDate: day(2021, 6, 30) });
    const pair = due([chief, dep]).find((i) => i.ruleId === "ZZ15-ROT-PAIR")!;
    expect(pair).toMatchObject({ cadreIds: ["chief", "dep"], since: day(2021, 6, 30) });
  });
  it("a deputy who joined a day later does not complete 5 years together yet", () => {
    const chief = appt("ch", {
      cadreId: "chief",
      rank: "SECTION_PRINCIPAL",
      isPrincipal: true,
      startDate: day(2019, 1, 1),
    });
    const dep = appt("dp", { cadreId: "dep", startDate: day(2021, 7, 1) });
    expect(due([chief, dep]).some((i) => i.ruleId === "ZZ15-ROT-PAIR")).toBe(false);
  });
});

describe("ZZ15-ROT-EXEMPT: men ≥58, women ≥53 may stay", () => {
  it.each([
    ["man turning 58 on asOf", "MALE", day(1968, 6, 30), true],
    ["man 57 (58 tomorrow)", "MALE", day(1968, 7, 1), false],
    ["woman turning 53 on asOf", "FEMALE", day(1973, 6, 30), true],
    ["woman 52", "FEMALE", day(1973, 7, 1), false],
  ] as const)("%s → exempt %s", (_n, gender, birthDate, exempt) => {
    const [item] = due([appt("a", { gender, birthDate })]);
    expect(item.exempt).toBe(exempt);
    expect(item.exemptRuleId).toBe(exempt ? "ZZ15-ROT-EXEMPT" : null);
  });
  it("an upcoming rotation is judged on its due date: a man turning 58 before it is exempt", () => {
    const [item] = due([appt("a", { startDate: day(2021, 9, 1), birthDate: day(1968, 8, 1) })], 3);
    expect(item).toMatchObject({ status: "UPCOMING", exempt: true });
  });
});
