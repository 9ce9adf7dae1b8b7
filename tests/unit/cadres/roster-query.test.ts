import { describe, expect, it } from "vitest";
import { addDays, ageOn, day } from "@/lib/rules";
import { birthDateRange, levelsAtLeast } from "@/lib/server/cadres/roster-where";
import { parseRosterQuery, rosterSearchParams } from "@/lib/validation/roster-query";

function inRange(birth: Date, r: { gte?: Date; lte?: Date }): boolean {
  return (!r.gte || birth >= r.gte) && (!r.lte || birth <= r.lte);
}

describe("birthDateRange agrees with ageOn (周岁, 29 February read as 1 March)", () => {
  const asOfs = [day(2026, 6, 30), day(2024, 2, 29), day(2025, 2, 28), day(2025, 3, 1), day(2023, 12, 31)];
  it.each(asOfs.map((d) => [d.toISOString().slice(0, 10), d] as const))(
    "on %s, for every birth date over 3 years around the bounds",
    (_l, asOf) => {
      for (const [min, max] of [
        [35, 35],
        [1, 1],
        [30, 40],
        [21, 21],
      ] as const) {
        const r = birthDateRange(asOf, min, max);
        const start = day(asOf.getUTCFullYear() - max - 2, 1, 1);
        for (let b = start; b <= day(asOf.getUTCFullYear() - min + 1, 1, 1); b = addDays(b, 1)) {
          const age = ageOn(b, asOf);
          expect(inRange(b, r), `${b.toISOString().slice(0, 10)} age ${age} in [${min}, ${max}]`).toBe(
            age >= min && age <= max,
          );
        }
      }
    },
  );

  it("born 1986-07-01 is 39 and born 1986-06-30 is 40 on 2026-06-30", () => {
    const r = birthDateRange(day(2026, 6, 30), undefined, 39);
    expect(r.gte?.toISOString().slice(0, 10)).toBe("1986-07-01");
  });
});

describe("roster query in the URL", () => {
  it("parses repeated and comma-joined arrays, drops invalid params and keeps the rest", () => {
    const { query, dropped } = parseRosterQuery(
      new URLSearchParams("rank=STAFF&rank=SECTION_DEPUTY,SECTION_PRINCIPAL&ageMin=abc&gender=FEMALE&size=37"),
    );
    expect(query.rank).toEqual(["STAFF", "SECTION_DEPUTY", "SECTION_PRINCIPAL"]);
    expect(query.gender).toBe("FEMALE");
    expect(query.ageMin).toBeUndefined();
    expect(query.size).toBe(50);
    expect(dropped.sort()).toEqual(["ageMin", "size"]);
  });

  it("swaps an inverted age range and round-trips through rosterSearchParams without defaults", () => {
    const { query } = parseRosterQuery({ ageMin: "40", ageMax: "30", q: "zs", pool: "IN", page: "3" });
    expect([query.ageMin, query.ageMax]).toEqual([30, 40]);
    const s = rosterSearchParams(query).toString();
    expect(s).toBe("q=zs&ageMin=30&ageMax=40&pool=IN&page=3");
    expect(parseRosterQuery(new URLSearchParams(s)).query).toEqual(query);
  });

  it("education at least 本科 means 博士, 硕士 or 本科", () => {
    expect(levelsAtLeast("BACHELOR")).toEqual(["DOCTORATE_STUDY", "MASTER_STUDY", "BACHELOR"]);
  });
});
