// 培训情况: the active pool's training on the report's date, per tier — the year's concentrated
// hours against the yearly requirement (WS-TRAIN-HOURS), the off-job political training of the
// last three years (WS-POLITICAL-TRAINING), the 科级 special training (D20-TRAIN-KJ) — each read
// from trainingCompliance, the function the dashboard's 培训未达要求 list runs; the second table
// names everyone behind.
import { formatDate } from "@/lib/format/dates";
import { poolTierNamesUnder } from "@/lib/labels";
import { addYears, trainingCompliance, type TrainingCompliance } from "@/lib/rules";
import { nameOf, type ReportInput } from "./input";
import type { Cell, ReportTable } from "./model";
import { activeEntries, tiersOf } from "./pool-scope";
import { sumColumns } from "./tabulate";

export function trainingReport(input: ReportInput): ReportTable[] {
  const { asOf } = input;
  const profile = input.training.profile;
  const ws = profile.params.ws;
  const year = asOf.getUTCFullYear();
  const active = activeEntries(input);
  const results = active.map((e) => ({
    e,
    c: trainingCompliance(
      { cadreId: e.cadre.id, tier: e.tier, enteredOn: e.enteredOn, trainings: input.trainings.get(e.cadre.id) ?? [] },
      profile,
      asOf,
    ),
  }));
  const failed = (c: TrainingCompliance, ruleId?: string) =>
    c.checks.some((x) => !x.passed && (!ruleId || x.ruleId === ruleId));
  const recent = (c: TrainingCompliance) =>
    c.politicalLastOn != null && addYears(c.politicalLastOn, ws.politicalEveryYears).getTime() >= asOf.getTime();
  const tiers = tiersOf(active);
  const tierNames = poolTierNamesUnder(input.profile);
  const figures = tiers.map((tier) => {
    const rs = results.filter((r) => r.e.tier === tier);
    const hours = rs.reduce((s, r) => s + r.c.hoursThisYear, 0);
    return {
      tier,
      hours,
      f: [
        rs.length,
        hours,
        rs.filter((r) => r.c.hoursThisYear >= ws.hoursPerYear).length,
        rs.filter((r) => failed(r.c, "WS-TRAIN-HOURS")).length,
        rs.filter((r) => recent(r.c)).length,
        rs.filter((r) => failed(r.c, "WS-POLITICAL-TRAINING")).length,
        rs.filter((r) => failed(r.c, "D20-TRAIN-KJ")).length,
        rs.filter((r) => failed(r.c)).length,
      ],
    };
  });
  const perHead = (hours: number, n: number) => (n ? Math.round((hours / n) * 10) / 10 : 0);
  const total = sumColumns(
    figures.map((x) => x.f),
    8,
  );
  const row = (label: string, f: number[]): Cell[] => [
    label,
    f[0],
    ws.hoursPerYear,
    f[1],
    perHead(f[1], f[0]),
    ...f.slice(2),
  ];
  const behind = results.filter((r) => failed(r.c));
  return [
    {
      name: "培训情况",
      headers: [
        "层级",
        "在库（人）",
        `年度学时要求（每人不少于${ws.hoursPerYear}学时，WS-TRAIN-HOURS）`,
        `${year}年已完成学时（合计）`,
        "人均学时",
        `达到${ws.hoursPerYear}学时（人）`,
        `未达${ws.hoursPerYear}学时（人）`,
        `近${ws.politicalEveryYears}年参加脱产政治训练（不少于${ws.politicalMinDays}天，${formatDate(addYears(asOf, -ws.politicalEveryYears))}以后结束）`,
        "脱产政治训练逾期（WS-POLITICAL-TRAINING）",
        "科级专门培训未达要求（D20-TRAIN-KJ）",
        "培训未达要求（合计，人）",
      ],
      rows: figures.map((x) => row(tierNames[x.tier], x.f)),
      totals: [row("合计", total)],
      notes: [
        `学时按${year}年内、截至统计日期已结业的集中培训计算（网络培训不计）；脱产政治训练未参加过的，自入库日起算${ws.politicalEveryYears}年。`,
        ...(input.training.added.length
          ? [
              `当前政策配置未启用 ${input.training.added.join("、")}，与“培训与实践”的提醒一样按其政策文件的默认参数计算。`,
            ]
          : []),
      ],
    },
    {
      name: "未达要求人员",
      headers: ["姓名", "层级", `${year}年学时`, "最近一次脱产政治训练", "下次应于", "未达要求"],
      rows: behind.map(({ e, c }) => [
        nameOf(input, e.cadre.id),
        tierNames[e.tier],
        c.hoursThisYear,
        c.politicalLastOn ? formatDate(c.politicalLastOn) : "未参加",
        c.politicalDueOn ? formatDate(c.politicalDueOn) : "",
        c.checks
          .filter((x) => !x.passed)
          .map((x) => x.ruleId)
          .join("、"),
      ]),
      totals: [],
    },
  ];
}
