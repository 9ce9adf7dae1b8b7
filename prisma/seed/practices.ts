// Practice postings (实践锻炼) for 科级 young cadres, about six a year (D20-PRACTICE asks for
// about five): 挂职 outside the district, 墩苗 in streets and townships, 交流, 跟班学习 and
// 专项工作. One 墩苗 has had its special assessment (SX-DOWN-REVIEW), one is overdue.
import type { PracticeKind, Prisma } from "../../lib/generated/prisma/client";
import { addMonths, day, weekday } from "../../tests/factories/dates";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { UnitMeta } from "./model";
import type { PoolMember } from "./pool";

const OUTSIDE = ["市发展和改革委员会", "省商务厅", "上海市闵行区发展和改革委员会", "市自然资源和规划局", "市委组织部"];
const TASKS: readonly [host: string, role: string][] = [
  ["区委第三巡察组", "抽调参加巡察工作"],
  ["城市更新项目指挥部", "抽调任综合协调组副组长"],
  ["招商引资工作专班", "专班工作人员"],
  ["区重点工程建设指挥部", "抽调任工程协调组成员"],
];
const EVALUATIONS = [
  "工作积极主动，较好完成锻炼任务，表现优秀",
  "能够迅速进入角色，协调推进能力明显提升",
  "完成锻炼任务，表现良好",
];

interface Posting {
  kind: PracticeKind;
  months: number;
}

const KINDS: readonly (readonly [Posting, number])[] = [
  [{ kind: "SECONDMENT", months: 12 }, 3],
  [{ kind: "DUNMIAO", months: 24 }, 3],
  [{ kind: "EXCHANGE", months: 24 }, 2],
  [{ kind: "SHADOWING", months: 6 }, 2],
  [{ kind: "SPECIAL_TASK", months: 8 }, 2],
];

export function buildPractices(ctx: SeedContext, members: PoolMember[], units: UnitMeta[]): void {
  const rng = ctx.root.fork("practices");
  const young = members.filter(
    (m) => m.tier === "SECTION" || m.tier === "DEPUTY_RESERVE" || m.tier === "PRINCIPAL_RESERVE",
  );
  const streets = units.filter((u) => u.spec.type === "STREET" || u.spec.type === "TOWNSHIP");
  const offices = units.filter(
    (u) => u.spec.code === "QH-DZ-01" || u.spec.code === "QH-DZ-02" || u.spec.code === "QH-DZ-13",
  );
  const perYear = Math.max(1, Math.round(scaled(ctx, 26) / 4));
  const chosen = rng.sample(young, perYear * 4);
  chosen.forEach((m, i) => {
    const year = 2023 + Math.floor(i / perYear);
    const posting = i === 0 || i === 1 ? KINDS[1][0] : rng.table(KINDS);
    const start = weekday(day(year, rng.pick([3, 4, 9]), rng.int(1, 20)));
    const planned = addMonths(start, posting.months + (posting.kind === "DUNMIAO" ? 12 * (i % 2) : 0));
    // the first 墩苗 is assessed, the second is overdue for its special assessment
    const finished = planned.getTime() < ctx.asOf.getTime() && i !== 1;
    const row: Prisma.PracticeCreateManyInput = {
      id: ctx.ids.next("practice"),
      cadreId: m.person.id,
      kind: posting.kind,
      role: "",
      startDate: start,
      plannedEndDate: planned,
      actualEndDate: finished ? planned : null,
      hostEvaluation: finished ? rng.pick(EVALUATIONS) : null,
      ...ctx.stamp,
    };
    host(rng, row, posting.kind, m, streets, offices, units);
    if (posting.kind === "DUNMIAO" && finished) {
      row.specialAssessment = "墩苗期满专项考核：优秀，建议提拔使用";
      row.specialAssessedOn = planned;
    }
    ctx.rows.practices.push(row);
  });
}

function host(
  rng: Rng,
  row: Prisma.PracticeCreateManyInput,
  kind: PracticeKind,
  m: PoolMember,
  streets: UnitMeta[],
  offices: UnitMeta[],
  units: UnitMeta[],
): void {
  const others = (list: UnitMeta[]) => list.filter((u) => u !== m.person.unit);
  const other = (list: UnitMeta[]) => rng.pick(others(list).length ? others(list) : list);
  if (kind === "SECONDMENT") {
    row.hostUnitName = rng.pick(OUTSIDE);
    row.role = rng.pick(["挂职任处长助理", "挂职任科长"]);
  } else if (kind === "SPECIAL_TASK") {
    [row.hostUnitName, row.role] = rng.pick(TASKS);
  } else {
    const u =
      kind === "DUNMIAO"
        ? other(streets)
        : kind === "SHADOWING"
          ? other(offices)
          : other(units.filter((x) => x.divisionLevel));
    row.hostUnitId = u.id;
    row.hostUnitName = u.spec.name;
    const party = u.spec.type === "TOWNSHIP" ? "镇党委" : "党工委";
    row.role =
      kind === "DUNMIAO"
        ? rng.pick([`${party}委员（墩苗锻炼）`, `${party}副书记（墩苗锻炼）`])
        : kind === "SHADOWING"
          ? "跟班学习"
          : "交流任科室负责人";
  }
}
