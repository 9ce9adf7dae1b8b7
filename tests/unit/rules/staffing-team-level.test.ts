import { describe, expect, it } from "vitest";
import type { TargetRow } from "@/lib/rules";
import { evaluateStaffing } from "@/lib/rules";
import { AS_OF, D20 } from "./fixtures";
import { aged, District } from "./district-fixture";

// A division-level unit's 领导班子 is its 处级 posts; its 科长/所长 (科级 leadership posts) lead
// offices, not the unit. Team targets look at the team only (as the demo seed plans them).
const rowOf = (rows: TargetRow[], key: string) => rows.find((r) => r.key === key)!;

function divisionStreet(d: District, id: string, teamAges: [number, number, number], sectionChiefAge: number) {
  d.unit(id, "STREET")
    .post(`${id}-sec`, id, { isPrincipal: true, isPartyGovHead: true, rank: "DIVISION_PRINCIPAL" })
    .post(`${id}-dir`, id, { isPrincipal: true, isPartyGovHead: true, rank: "DIVISION_PRINCIPAL" })
    .post(`${id}-dep`, id, { rank: "DIVISION_DEPUTY" })
    .post(`${id}-office`, id, { isPrincipal: true, rank: "SECTION_PRINCIPAL" })
    .hold(`${id}-sec`, aged(`${id}-c1`, teamAges[0]))
    .hold(`${id}-dir`, aged(`${id}-c2`, teamAges[1]))
    .hold(`${id}-dep`, aged(`${id}-c3`, teamAges[2]))
    .hold(`${id}-office`, aged(`${id}-c4`, sectionChiefAge));
  return d;
}

describe("team targets count the unit's own level only", () => {
  it("D20-ST-STREET-40: a street whose team is 50/52/48 but whose office head is 33 lacks a cadre of about 40", () => {
    const d = divisionStreet(new District(), "s1", [50, 52, 48], 33);
    divisionStreet(d, "s2", [50, 52, 41], 45);
    const r = rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows, "D20-ST-STREET-40");
    expect(r).toMatchObject({ status: "NOT_MET", ids: ["s2"], lackingIds: ["s1"] });
  });

  it("D20-ST-DEPT-HEAD-40: a department counts by its 处级 principal (39), not by a 科长 aged 35 under an older head", () => {
    const d = new District();
    for (const [id, head, chief] of [
      ["dA", 39, 50],
      ["dB", 55, 35],
    ] as const) {
      d.unit(id, "PARTY_GOV_DEPT")
        .post(`${id}-head`, id, { isPrincipal: true, isPartyGovHead: true, rank: "DIVISION_PRINCIPAL" })
        .post(`${id}-chief`, id, { isPrincipal: true, rank: "SECTION_PRINCIPAL" })
        .hold(`${id}-head`, aged(`${id}-h`, head))
        .hold(`${id}-chief`, aged(`${id}-k`, chief));
    }
    const r = rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows, "D20-ST-DEPT-HEAD-40");
    expect(r.ids).toEqual(["dA"]);
    expect(r.lackingIds).toEqual(["dB"]);
  });

  it("a unit with only 科级 leadership posts (a school, an institution) keeps them as its team", () => {
    const d = new District().street("s1", [55, 55, 40]); // the fixture's streets are 科级 teams
    expect(
      rowOf(evaluateStaffing(d.units, d.posts, d.appointments, [], D20, AS_OF).rows, "D20-ST-STREET-40").ids,
    ).toEqual(["s1"]);
  });
});
