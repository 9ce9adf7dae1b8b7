// 个人有关事项报告 (ZZ15-PMR) for the three latest years: every 处级 leader and every pool
// member reports early in the year; about one in eight reports is checked (随机抽查), and
// the planned cases (plus one 处级 leader) were found to be false or incomplete.
import { dateBetween, day } from "../../tests/factories/dates";
import type { SeedContext } from "./context";
import type { Person } from "./model";

const FINDINGS = ["漏报本人持有股票情况", "瞒报配偶经商办企业情况", "漏报房产一处"];

export function buildPersonalMatters(ctx: SeedContext, people: Person[]): void {
  const rng = ctx.root.fork("personal-matters");
  const thisYear = ctx.asOf.getUTCFullYear();
  const reporters = people.filter(
    (p) =>
      p.status === "SERVING" &&
      (p.rank === "DIVISION_PRINCIPAL" || p.rank === "DIVISION_DEPUTY" || p.inPool || p.planned.pmrFalseYear),
  );
  const leaders = reporters.filter(
    (p) => p.rank === "DIVISION_DEPUTY" && !p.inPool && !p.nominated && Object.keys(p.planned).length === 0,
  );
  if (leaders.length) rng.pick(leaders).planned.pmrFalseYear = thisYear - 1;
  for (const p of reporters) {
    for (let year = thisYear - 2; year <= thisYear; year++) {
      if (p.workStartDate.getUTCFullYear() >= year) continue;
      const falseOrMissing = p.planned.pmrFalseYear === year;
      const checked = falseOrMissing || rng.chance(0.12);
      ctx.rows.personalMattersReports.push({
        id: ctx.ids.next("personalMattersReport"),
        cadreId: p.id,
        year,
        submittedOn: dateBetween(rng, day(year, 1, 10), day(year, 3, 15)),
        checked,
        falseOrMissing,
        note: falseOrMissing ? `查核发现${rng.pick(FINDINGS)}` : checked ? "抽查核实一致" : null,
        ...ctx.stamp,
      });
    }
  }
}
