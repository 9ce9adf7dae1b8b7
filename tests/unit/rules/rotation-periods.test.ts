// Which time each ZZ15-ROT-* rule counts (三(二)); asOf 2026-06-30, 5 years.
import { describe, expect, it } from "vitest";
import type { RotationAppointmentFact, RotationItem } from "@/lib/rules";
import { day, rotationDue } from "@/lib/rules";
import { AS_OF, ZZ15 } from "./fixtures";

function appt(id: string, over: Partial<RotationAppointmentFact> = {}): RotationAppointmentFact {
  return {
    id,
    cadreId: "c1",
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
const chief = (id: string, over: Partial<RotationAppointmentFact> = {}) =>
  appt(id, { rank: "SECTION_PRINCIPAL", isPrincipal: true, ...over });
const due = (apps: RotationAppointmentFact[], horizonMonths = 0) => rotationDue(apps, ZZ15, AS_OF, horizonMonths);
const pick = (items: RotationItem[]) => items.map((i) => [i.ruleId, i.since, i.dueOn, i.status, i.appointmentIds]);

describe("ZZ15-ROT-POST and ZZ15-ROT-KEY are separate periods (在同一科室担任正（副）科职满5年 / 关键岗位任职满5年)", () => {
  const apps = [
    appt("a1", { startDate: day(2019, 1, 1), endDate: day(2022, 12, 31) }),
    appt("a2", { startDate: day(2023, 1, 1), isKeyPost: true }),
  ];
  it("副科长 non-key 2019-01-01…2022-12-31, key from 2023-01-01 → ROT-POST since 2019-01-01 + 5 = 2024-01-01 DUE; ROT-KEY 2023-01-01 + 5 = 2028-01-01 not yet", () => {
    expect(pick(due(apps))).toEqual([["ZZ15-ROT-POST", day(2019, 1, 1), day(2024, 1, 1), "DUE", ["a1", "a2"]]]);
  });
  it("same history, 19-month horizon (to 2028-01-30) → also ROT-KEY UPCOMING on 2028-01-01 (hard), counting only the key post", () => {
    const items = due(apps, 19);
    expect(pick(items)).toEqual([
      ["ZZ15-ROT-POST", day(2019, 1, 1), day(2024, 1, 1), "DUE", ["a1", "a2"]],
      ["ZZ15-ROT-KEY", day(2023, 1, 1), day(2028, 1, 1), "UPCOMING", ["a2"]],
    ]);
    expect(items[1].severity).toBe("hard");
  });
});

describe("ZZ15-ROT-POST counts only 正/副科职 time (担任正（副）科职), not 科员 time", () => {
  it("科员 2015-01-01…2023-12-31, 副科长 from 2024-01-01 → since 2024-01-01 + 5 = 2029-01-01, not due on 2026-06-30", () => {
    const apps = [
      appt("a1", { rank: "STAFF", startDate: day(2015, 1, 1), endDate: day(2023, 12, 31) }),
      appt("a2", { startDate: day(2024, 1, 1) }),
    ];
    expect(due(apps)).toEqual([]);
    expect(pick(due(apps, 31))).toEqual([["ZZ15-ROT-POST", day(2024, 1, 1), day(2029, 1, 1), "UPCOMING", ["a2"]]]);
  });
  it("副科长 2015-01-01…2018-12-31, 科员 2019-01-01…2020-12-31, 副科长 from 2021-01-01 → 科员 years break the period: since 2021-01-01 + 5 = 2026-01-01", () => {
    const apps = [
      appt("a1", { startDate: day(2015, 1, 1), endDate: day(2018, 12, 31) }),
      appt("a2", { rank: "STAFF", startDate: day(2019, 1, 1), endDate: day(2020, 12, 31) }),
      appt("a3", { startDate: day(2021, 1, 1) }),
    ];
    expect(pick(due(apps))).toEqual([["ZZ15-ROT-POST", day(2021, 1, 1), day(2026, 1, 1), "DUE", ["a3"]]]);
  });
  it("科员 since 2021-06-30 (+5 = 2026-06-30): no ROT-POST; a 科员 in a key post since then still gets ROT-KEY", () => {
    const apps = [
      appt("x", { cadreId: "cx", rank: "STAFF" }),
      appt("y", { cadreId: "cy", rank: "STAFF", isKeyPost: true }),
    ];
    expect(due(apps).map((i) => [i.ruleId, i.cadreIds])).toEqual([["ZZ15-ROT-KEY", ["cy"]]]);
  });
});

describe("ZZ15-ROT-PAIR counts only the time both were 正/副科长 (正、副科长在同一科室共事5年)", () => {
  it("科长 since 2015-01-01; other 科员 2015-01-01…2023-12-31, 副科长 from 2024-01-01 → since 2024-01-01 + 5 = 2029-01-01", () => {
    const apps = [
      chief("ch", { cadreId: "chief", startDate: day(2015, 1, 1) }),
      appt("d1", { cadreId: "dep", rank: "STAFF", startDate: day(2015, 1, 1), endDate: day(2023, 12, 31) }),
      appt("d2", { cadreId: "dep", startDate: day(2024, 1, 1) }),
    ];
    expect(due(apps).some((i) => i.ruleId === "ZZ15-ROT-PAIR")).toBe(false);
    const pair = due(apps, 31).find((i) => i.ruleId === "ZZ15-ROT-PAIR")!;
    expect(pair).toMatchObject({
      cadreIds: ["chief", "dep"],
      since: day(2024, 1, 1),
      dueOn: day(2029, 1, 1),
      status: "UPCOMING",
      appointmentIds: ["ch", "d2"],
    });
  });
});

describe("ZZ15-ROT-LEADER counts only the time as 科长 under that supervisor (同一分管领导分管同一科长5年)", () => {
  it("科员 under boss 2018-01-01…2023-12-31, 科长 under boss from 2024-01-01 → since 2024-01-01 + 5 = 2029-01-01", () => {
    const apps = [
      appt("a1", { rank: "STAFF", supervisorCadreId: "boss", startDate: day(2018, 1, 1), endDate: day(2023, 12, 31) }),
      chief("a2", { supervisorCadreId: "boss", startDate: day(2024, 1, 1) }),
    ];
    expect(due(apps)).toEqual([]);
    const lead = due(apps, 31).find((i) => i.ruleId === "ZZ15-ROT-LEADER");
    expect(lead).toMatchObject({
      since: day(2024, 1, 1),
      dueOn: day(2029, 1, 1),
      status: "UPCOMING",
      appointmentIds: ["a2"],
    });
  });
  it("副科长 under boss 2019-01-01…2021-12-31, 科长 from 2022-01-01 → ROT-LEADER 2022-01-01 + 5 = 2027-01-01 not yet; ROT-POST 2019-01-01 + 5 = 2024-01-01 DUE", () => {
    const apps = [
      appt("a1", { supervisorCadreId: "boss", startDate: day(2019, 1, 1), endDate: day(2021, 12, 31) }),
      chief("a2", { supervisorCadreId: "boss", startDate: day(2022, 1, 1) }),
    ];
    expect(pick(due(apps))).toEqual([["ZZ15-ROT-POST", day(2019, 1, 1), day(2024, 1, 1), "DUE", ["a1", "a2"]]]);
    const lead = due(apps, 7).find((i) => i.ruleId === "ZZ15-ROT-LEADER");
    expect(lead).toMatchObject({ since: day(2022, 1, 1), dueOn: day(2027, 1, 1), status: "UPCOMING" });
  });
  it("科长 2016-01-01…2020-12-31 (boss took over 2019-01-01) then 科长 under boss from 2021-01-01 → since 2019-01-01 + 5 = 2024-01-01", () => {
    const apps = [
      chief("a1", {
        supervisorCadreId: "boss",
        supervisorSince: day(2019, 1, 1),
        startDate: day(2016, 1, 1),
        endDate: day(2020, 12, 31),
      }),
      chief("a2", { supervisorCadreId: "boss", startDate: day(2021, 1, 1) }),
    ];
    const lead = due(apps).find((i) => i.ruleId === "ZZ15-ROT-LEADER");
    expect(lead).toMatchObject({
      since: day(2019, 1, 1),
      dueOn: day(2024, 1, 1),
      status: "DUE",
      appointmentIds: ["a1", "a2"],
    });
  });
});
