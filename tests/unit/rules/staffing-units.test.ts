import { describe, expect, it } from "vitest";
import type { TargetRow } from "@/lib/rules";
import { day, evaluateStaffing } from "@/lib/rules";
import { AS_OF, D20_NOW, ZZ15_NOW } from "./fixtures";
import { aged, District } from "./district-fixture";

const rowOf = (rows: TargetRow[], key: string) => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};
// Boundaries are exact here (no at-risk horizon); AT_RISK is covered in staffing-streets.test.ts.
const run = (d: District, profile = D20_NOW, asOf = AS_OF) =>
  evaluateStaffing(d.units, d.posts, d.appointments, [], profile, asOf).rows;

/** 40 党政工作部门 + 17 other district units = 57; `young` of them have a principal aged 40. */
function districtUnits(young: number) {
  const d = new District();
  for (let i = 1; i <= 57; i++) {
    const id = `u${String(i).padStart(2, "0")}`;
    d.unit(id, i <= 40 ? "PARTY_GOV_DEPT" : "DISTRICT_UNIT")
      .post(`${id}-head`, id, { isPrincipal: true, isPartyGovHead: true, rank: "SECTION_PRINCIPAL" })
      .hold(`${id}-head`, aged(`${id}-h`, i <= young ? 40 : 52));
  }
  return d;
}

describe("D20-ST-UNIT-40: > 1/3 of 57 district units → ceil(19.0) = 19 (not 20)", () => {
  it.each([
    [19, "MET"],
    [18, "NOT_MET"],
  ])("%i units with a cadre ≤42 → %s", (young, status) => {
    const r = rowOf(run(districtUnits(young)), "D20-ST-UNIT-40");
    expect(r).toMatchObject({ status, target: { count: 19, n: 57 } });
  });
});

describe("D20-ST-DEPT-HEAD-40: > 1/8 of 40 党政工作部门 → 5", () => {
  it.each([
    [5, "MET"],
    [4, "NOT_MET"],
  ])("%i departments with a principal ≤42 → %s", (young, status) => {
    expect(rowOf(run(districtUnits(young)), "D20-ST-DEPT-HEAD-40")).toMatchObject({
      status,
      target: { count: 5, n: 40 },
    });
  });
  it("a deputy about 40 does not make the principal young", () => {
    const d = new District()
      .unit("u1", "PARTY_GOV_DEPT")
      .post("h", "u1", { isPrincipal: true })
      .post("v", "u1")
      .hold("h", aged("h", 55))
      .hold("v", aged("v", 38));
    expect(rowOf(run(d), "D20-ST-DEPT-HEAD-40").status).toBe("NOT_MET");
  });
});

/** A unit with `posts` section-level leader posts held by cadres of the given ages, plus ended appointments. */
function kjUnit(id: string, posts: number, ages: number[], ended: Date[] = []) {
  const d = new District().unit(id, "DISTRICT_UNIT", { sectionLeaderPostCount: posts });
  ages.forEach((a, i) => d.post(`${id}-k${i}`, id).hold(`${id}-k${i}`, aged(`${id}-c${i}`, a)));
  ended.forEach((e, i) =>
    d.post(`${id}-old${i}`, id).hold(`${id}-old${i}`, aged(`${id}-o${i}`, 58), day(2010, 1, 1), e),
  );
  return d;
}

describe("D20-ST-KJ-LARGE: ≥7 posts, no leader ≤35 → fill within 3 years of a vacancy", () => {
  it.each([
    [
      "a 35-year-old leader (不超过35 inclusive) → MET",
      kjUnit("u1", 7, [35, 50, 50, 50, 50, 50, 50]),
      "MET",
      "HAS_YOUNG",
    ],
    [
      "no young leader, no vacancy → no obligation yet (MET)",
      kjUnit("u1", 7, [50, 50, 50, 50, 50, 50, 50]),
      "MET",
      "NO_VACANCY",
    ],
    [
      "vacancy from 2023-07-01 (ended 2023-06-30) → deadline 2026-07-01 → AT_RISK",
      kjUnit("u1", 7, [50, 50, 50, 50, 50, 50], [day(2023, 6, 30)]),
      "AT_RISK",
      "PENDING",
    ],
    [
      "vacancy from 2023-06-30 → deadline 2026-06-30 = asOf → NOT_MET (overdue)",
      kjUnit("u1", 7, [50, 50, 50, 50, 50, 50], [day(2023, 6, 29)]),
      "NOT_MET",
      "OVERDUE",
    ],
    [
      "a vacancy before the rule started (2019) does not count",
      kjUnit("u1", 7, [50, 50, 50, 50, 50, 50, 50], [day(2019, 5, 1)]),
      "MET",
      "NO_VACANCY",
    ],
  ])("%s", (_n, d, status, state) => {
    const r = rowOf(run(d), "D20-ST-KJ-LARGE");
    expect(r.status).toBe(status);
    const units = (r.details?.units ?? []) as { state: string }[];
    expect(units.length ? units[0].state : "HAS_YOUNG").toBe(state);
  });

  it("a 36-year-old does not count (不超过35岁 has no tolerance)", () => {
    expect(rowOf(run(kjUnit("u1", 7, [36, 50, 50, 50, 50, 50, 50])), "D20-ST-KJ-LARGE").actual.count).toBe(0);
  });
});

describe("D20-ST-KJ-SMALL: <7 posts should generally have one ≤35 (soft)", () => {
  it("a 6-post unit without one → NOT_MET, soft, listed for 区委统筹配备", () => {
    const r = rowOf(run(kjUnit("u9", 6, [50, 50])), "D20-ST-KJ-SMALL");
    expect(r).toMatchObject({ status: "NOT_MET", severity: "soft", lackingIds: ["u9"] });
  });
  it("a 7-post unit is large, not small", () => {
    expect(rowOf(run(kjUnit("u9", 7, [50])), "D20-ST-KJ-SMALL").target.n).toBe(0);
  });
});

describe("D20-EDU-PILOT: schools", () => {
  function schools(principals: number[], vices: number[], middles: number[]) {
    const d = new District().unit("sch", "SCHOOL");
    principals.forEach((a, i) => d.post(`p${i}`, "sch", { isPrincipal: true }).hold(`p${i}`, aged(`pc${i}`, a)));
    vices.forEach((a, i) => d.post(`v${i}`, "sch").hold(`v${i}`, aged(`vc${i}`, a)));
    middles.forEach((a, i) => d.post(`m${i}`, "sch", { isLeadership: false }).hold(`m${i}`, aged(`mc${i}`, a)));
    return run(d);
  }
  it("3 principals ≤40, 7 vices ≤37, 12 middles ≤35 → sub-targets MET; 22 in total = floor(25×0.9) → MET", () => {
    const rows = schools([40, 40, 39], Array(7).fill(37), Array(12).fill(35));
    expect(["PRINCIPAL", "VICE", "MIDDLE", "TOTAL"].map((k) => rowOf(rows, `D20-EDU-PILOT:${k}`).status)).toEqual([
      "MET",
      "MET",
      "MET",
      "MET",
    ]);
  });
  it("a 41-year-old principal and a 36-year-old middle-level cadre do not count", () => {
    const rows = schools([41, 40, 39], Array(7).fill(37), [...Array(11).fill(35), 36]);
    expect(rowOf(rows, "D20-EDU-PILOT:PRINCIPAL")).toMatchObject({ status: "NOT_MET", actual: { count: 2 } });
    expect(rowOf(rows, "D20-EDU-PILOT:MIDDLE").actual.count).toBe(11);
    expect(rowOf(rows, "D20-EDU-PILOT:TOTAL")).toMatchObject({ status: "NOT_MET", actual: { count: 20 } });
  });
});

describe("ZZ15-ST-*: the committee's cadre structure", () => {
  function committee(zk: number[], fk: number[], edu: ("PG" | "BK" | "ZK")[]) {
    const d = new District().unit("u", "PARTY_GOV_DEPT");
    const level = { PG: "MASTER_STUDY", BK: "BACHELOR", ZK: "JUNIOR_COLLEGE" } as const;
    const people: { rank: "SECTION_PRINCIPAL" | "SECTION_DEPUTY"; age: number }[] = [
      ...zk.map((age) => ({ rank: "SECTION_PRINCIPAL" as const, age })),
      ...fk.map((age) => ({ rank: "SECTION_DEPUTY" as const, age })),
    ];
    people.forEach(({ rank, age }, i) => {
      const education = [{ level: level[edu[i % edu.length]], degree: "NONE" as const, fullTime: true }];
      d.post(`p${i}`, "u", { rank, isPrincipal: rank === "SECTION_PRINCIPAL" }).hold(
        `p${i}`,
        aged(`c${i}`, age, { education }),
      );
    });
    return run(d, ZZ15_NOW);
  }
  it("10 正科: 2 aged ≤40 → ceil(0.2×10)=2 MET; of them about 35 (≤37) needs 3 → NOT_MET", () => {
    const rows = committee([40, 36, 45, 45, 45, 45, 45, 45, 45, 45], [30], ["BK"]);
    expect(rowOf(rows, "ZZ15-ST-ZK40:RATIO")).toMatchObject({ status: "MET", actual: { count: 2 } });
    expect(rowOf(rows, "ZZ15-ST-ZK40:ABOUT35")).toMatchObject({ status: "NOT_MET", actual: { count: 1 } });
  });
  it("副科 about 30 (≤32) share 30%: 3 of 10 → MET; 2 of 10 → NOT_MET", () => {
    expect(rowOf(committee([50], [32, 31, 30, 40, 40, 40, 40, 40, 40, 40], ["BK"]), "ZZ15-ST-FK30").status).toBe("MET");
    expect(rowOf(committee([50], [33, 31, 30, 40, 40, 40, 40, 40, 40, 40], ["BK"]), "ZZ15-ST-FK30").status).toBe(
      "NOT_MET",
    );
  });
  it("education: 研究生 ≈18% met from 16.2%; 本科+ ≥85%", () => {
    // 20 cadres: 4 PG (20%), 14 BK, 2 ZK → 本科+ 18/20 = 90%
    const mix: ("PG" | "BK" | "ZK")[] = [
      "PG",
      "BK",
      "BK",
      "BK",
      "BK",
      "PG",
      "BK",
      "BK",
      "BK",
      "ZK",
      "PG",
      "BK",
      "BK",
      "BK",
      "BK",
      "PG",
      "BK",
      "BK",
      "BK",
      "ZK",
    ];
    const rows = committee(Array(10).fill(45), Array(10).fill(45), mix);
    expect(rowOf(rows, "ZZ15-ST-EDU:POSTGRADUATE")).toMatchObject({ status: "MET", actual: { count: 4 } });
    expect(rowOf(rows, "ZZ15-ST-EDU:BACHELOR")).toMatchObject({ status: "MET", actual: { count: 18 } });
  });
});
