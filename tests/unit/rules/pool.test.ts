import { describe, expect, it } from "vitest";
import type { PoolEntryFact, PoolRow } from "@/lib/rules";
import { agingOut, day, evaluatePool } from "@/lib/rules";
import { AS_OF, D20, entry, SS12 } from "./fixtures";

const row = (rows: PoolRow[], key: string) => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}: ${rows.map((x) => x.key).join(", ")}`);
  return r;
};

/** n 正处级 entries e-DP-1…n, aged 30 on asOf, men, CPC, 汉族, domain 党务 */
const dp = (n: number, from = 1): PoolEntryFact[] =>
  Array.from({ length: n }, (_, i) =>
    entry(`e-DP-${from + i}`, "DIVISION_PRINCIPAL", { birthDate: day(1996, 1, 1), domain: "党务" }),
  );

describe("D20-POOL-SIZE: about N per tier (count tolerance 10%: 10 → at least 9)", () => {
  it.each([
    [9, "MET"],
    [8, "NOT_MET"],
    [12, "MET"],
  ])("%i 正处级 entries against ≈10 → %s", (n, status) => {
    const r = row(evaluatePool(dp(n), D20, AS_OF).rows, "D20-POOL-SIZE:DIVISION_PRINCIPAL");
    expect(r.status).toBe(status);
    expect(r.target).toMatchObject({ count: 10, metAt: 9 });
    expect(r.actual.count).toBe(n);
  });
});

describe("D20-POOL-WOMEN: ≥20% → ceil(0.2 × n)", () => {
  it.each([
    ["10 entries, 2 women → 2 ≥ ceil(2.0)=2 → MET", 10, 2, "MET"],
    ["10 entries, 1 woman → NOT_MET", 10, 1, "NOT_MET"],
    ["11 entries, 2 women → 2 < ceil(2.2)=3 → NOT_MET", 11, 2, "NOT_MET"],
  ])("%s", (_n, total, women, status) => {
    const es = dp(total).map((e, i) => (i < women ? { ...e, cadre: { ...e.cadre, gender: "FEMALE" as const } } : e));
    const r = row(evaluatePool(es, D20, AS_OF).rows, "D20-POOL-WOMEN");
    expect(r.status).toBe(status);
    expect(r.entryIds).toEqual(es.slice(0, women).map((e) => e.id));
    expect(r.severity).toBe("hard");
  });

  it("AT_RISK: met today, but a woman passes the 正处 limit (≤42) within 12 months and leaves the tier", () => {
    const es = dp(10);
    es[0] = entry("e-W-old", "DIVISION_PRINCIPAL", { gender: "FEMALE", birthDate: day(1983, 12, 31) }); // 42 now, 43 on 2026-12-31
    es[1] = entry("e-W-young", "DIVISION_PRINCIPAL", { gender: "FEMALE", birthDate: day(1990, 1, 1) });
    const r = row(evaluatePool(es, D20, AS_OF).rows, "D20-POOL-WOMEN");
    expect(r.status).toBe("AT_RISK");
    expect(agingOut(es, D20, AS_OF).map((a) => [a.entryId, a.exceedsOn])).toEqual([["e-W-old", day(2026, 12, 31)]]);
  });
});

describe("D20-POOL-MINORITY / -NONPARTY / -DOMAINS", () => {
  const es = [
    entry("e-1", "SECTION", { ethnicity: "回族", domain: "党务" }),
    entry("e-2", "SECTION", { politicalStatus: "DEMOCRATIC_PARTY", domain: "财政金融" }),
    entry("e-3", "SECTION", { politicalStatus: "CPC_PROBATIONARY", ethnicity: "汉族", domain: "经济招商" }),
  ];
  const rows = evaluatePool(es, D20, AS_OF).rows;
  it("回族 counts as a minority, 汉族 does not", () => {
    expect(row(rows, "D20-POOL-MINORITY")).toMatchObject({ status: "MET", entryIds: ["e-1"] });
  });
  it("a 民主党派 member is 党外; a 预备党员 is not", () => {
    expect(row(rows, "D20-POOL-NONPARTY").entryIds).toEqual(["e-2"]);
  });
  it("every domain needs an entry: 城市建设管理 has none", () => {
    expect(row(rows, "D20-POOL-DOMAINS:党务").status).toBe("MET");
    expect(row(rows, "D20-POOL-DOMAINS:城市建设管理").status).toBe("NOT_MET");
  });
  it("no minority at all → NOT_MET", () => {
    expect(row(evaluatePool([es[1]], D20, AS_OF).rows, "D20-POOL-MINORITY").status).toBe("NOT_MET");
  });
});

describe("pool membership on asOf and age rows", () => {
  it("an entry closed on asOf no longer counts; closed tomorrow still counts; entered tomorrow not yet", () => {
    const es = [
      entry("e-closed-today", "SECTION", { closedOn: AS_OF }),
      entry("e-closed-tomorrow", "SECTION", { closedOn: day(2026, 7, 1) }),
      entry("e-enters-tomorrow", "SECTION", { enteredOn: day(2026, 7, 1) }),
    ];
    const rep = evaluatePool(es, D20, AS_OF);
    expect(rep.activeCount).toBe(1);
    expect(row(rep.rows, "D20-POOL-SIZE:SECTION").entryIds).toEqual(["e-closed-tomorrow"]);
  });

  it("D20-AGE-FC row lists the over-age 副处 entries as lacking; AT_RISK when one will pass 40 within 12 months", () => {
    const es = [
      entry("e-41", "DIVISION_DEPUTY", { birthDate: day(1985, 6, 30) }),
      entry("e-40", "DIVISION_DEPUTY", { birthDate: day(1985, 7, 1) }),
    ];
    const r = row(evaluatePool(es, D20, AS_OF).rows, "D20-AGE-FC:DIVISION_DEPUTY");
    expect(r).toMatchObject({ status: "NOT_MET", ids: ["e-40"], lackingIds: ["e-41"] });
    const r2 = row(evaluatePool([es[1]], D20, AS_OF).rows, "D20-AGE-FC:DIVISION_DEPUTY");
    expect(r2.status).toBe("AT_RISK");
  });

  it("D20-EDU row: in-service bachelor does not count toward the full-time share (soft)", () => {
    const es = [
      entry("e-ft", "SECTION"),
      entry("e-is", "SECTION", { education: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: false }] }),
    ];
    const r = row(evaluatePool(es, D20, AS_OF).rows, "D20-EDU");
    expect(r).toMatchObject({ status: "NOT_MET", severity: "soft", ids: ["e-ft"], lackingIds: ["e-is"] });
  });

  it("D20-EDU: a full-time bachelor graduating 2026-07-01 counts on 2026-07-01, not on 2026-06-30 — one facts array evaluated on both days (its compact form is kept between calls), and again on 2026-06-30", () => {
    const es = [
      entry("e-ft", "SECTION"),
      entry("e-soon", "SECTION", {
        education: [
          { level: "JUNIOR_COLLEGE", degree: "NONE", fullTime: true },
          { level: "BACHELOR", degree: "BACHELOR", fullTime: true, graduationDate: day(2026, 7, 1) },
        ],
      }),
    ];
    const on = (d: Date) => row(evaluatePool(es, D20, d).rows, "D20-EDU");
    expect(on(day(2026, 6, 30))).toMatchObject({ ids: ["e-ft"], lackingIds: ["e-soon"] });
    expect(on(day(2026, 7, 1))).toMatchObject({ ids: ["e-ft", "e-soon"], lackingIds: [] });
    expect(on(day(2026, 6, 30))).toMatchObject({ ids: ["e-ft"], lackingIds: ["e-soon"] });
  });

  it("age bands count by gender", () => {
    const rep = evaluatePool(
      [
        entry("e-a", "SECTION", { birthDate: day(1996, 1, 1) }),
        entry("e-b", "SECTION", { birthDate: day(1990, 1, 1), gender: "FEMALE" }),
      ],
      D20,
      AS_OF,
    );
    expect(rep.ageBands.find((b) => b.label === "30岁及以下")!.male).toBe(1);
    expect(rep.ageBands.find((b) => b.label === "36—40岁")!.female).toBe(1);
  });
});

describe("SS12 reserve structure", () => {
  // 10 principal reserves: 6 aged 40 (band 38–42), 4 aged 35; 10 deputy reserves aged 30.
  const principals = Array.from({ length: 10 }, (_, i) =>
    entry(`e-P-${i + 1}`, "PRINCIPAL_RESERVE", {
      birthDate: i < 6 ? day(1986, 1, 1) : day(1991, 1, 1),
      domain: ["经济管理", "社会管理", "党务", "金融", "城建", "法律"][i % 6],
    }),
  );
  const deputies = Array.from({ length: 10 }, (_, i) =>
    entry(`e-D-${i + 1}`, "DEPUTY_RESERVE", {
      birthDate: day(1996, 1, 1),
      gender: i === 0 ? "FEMALE" : "MALE",
      education:
        i === 0
          ? [{ level: "JUNIOR_COLLEGE", degree: "NONE", fullTime: false }]
          : [{ level: "BACHELOR", degree: "BACHELOR", fullTime: true }],
    }),
  );
  const rows = evaluatePool([...principals, ...deputies], SS12, AS_OF).rows;

  it("SS12-SIZE: 10 正职后备 against ≈90 → NOT_MET", () => {
    expect(row(rows, "SS12-SIZE:PRINCIPAL_RESERVE")).toMatchObject({
      status: "NOT_MET",
      target: { count: 90, metAt: 81 },
    });
  });
  it("SS12-AGE-ZZ: 6 of 10 in 38–42 → 主体 (≥50%) MET; some ≤37 MET", () => {
    expect(row(rows, "SS12-AGE-ZZ:MAIN")).toMatchObject({ status: "MET", actual: { count: 6 } });
    expect(row(rows, "SS12-AGE-ZZ:SOME").actual.count).toBe(4);
  });
  it("SS12-AGE-FZ: all deputies aged 30 → none in 33–37 → 主体 NOT_MET; about 30 MET", () => {
    expect(row(rows, "SS12-AGE-FZ:MAIN").status).toBe("NOT_MET");
    expect(row(rows, "SS12-AGE-FZ:SOME").status).toBe("MET");
  });
  it("SS12-EDU-MIN all ≥大专 (in-service counts) → MET; SS12-EDU-BK 19/20 = 95% ≥ 90% → MET; no postgraduate → NOT_MET", () => {
    expect(row(rows, "SS12-EDU-MIN").status).toBe("MET");
    expect(row(rows, "SS12-EDU-BK:BACHELOR")).toMatchObject({ status: "MET", actual: { count: 19 } });
    expect(row(rows, "SS12-EDU-BK:POSTGRADUATE").status).toBe("NOT_MET");
  });
  it("SS12-DOMAINS all six covered; SS12-DIVERSITY: one woman MET, no minority NOT_MET", () => {
    expect(rows.filter((r) => r.ruleId === "SS12-DOMAINS").every((r) => r.status === "MET")).toBe(true);
    expect(row(rows, "SS12-DIVERSITY:WOMEN").status).toBe("MET");
    expect(row(rows, "SS12-DIVERSITY:MINORITY").status).toBe("NOT_MET");
  });
  it("district-2020 rows are absent under shushan-2012", () => {
    expect(rows.some((r) => r.ruleId.startsWith("D20-"))).toBe(false);
  });
});
