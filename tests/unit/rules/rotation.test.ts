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
  it("a key post since 2021-06-30 is DUE with severity hard and cites ROT-KEY instead of ROT-POST", () => {
    const items = due([appt("k", { isKeyPost: true })]);
    expect(items.map((i) => [i.ruleId, i.severity])).toEqual([["ZZ15-ROT-KEY", "hard"]]);
    expect(items[0].message).toContain("必须轮岗交流");
  });
});

describe("ZZ15-ROT-LEADER and ZZ15-ROT-PAIR", () => {
  it("the same supervisor over the same 科长 for 5 years → ROT-LEADER", () => {
    const chief = appt("ch", {
      rank: "SECTION_PRINCIPAL",
      isPrincipal: true,
      supervisorCadreId: "boss",
      startDate: day(2023, 1, 1),
      supervisorSince: day(2021, 6, 30),
    });
    const item = due([chief]).find((i) => i.ruleId === "ZZ15-ROT-LEADER");
    expect(item?.dueOn).toEqual(day(2026, 6, 30));
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
