// 一人一策 (WS-PLAN): a development plan with stage goals for most pool members (a few have
// none yet) and progress notes from talks, work reports and mentors.
import type { Prisma } from "../../lib/generated/prisma/client";
import { addMonths, isBefore, isoDay, weekday } from "../../tests/factories/dates";
import type { SeedContext } from "./context";
import type { PoolMember } from "./pool";

const GOALS: Record<string, readonly [string, string][]> = {
  党务: [
    ["到基层党组织书记岗位历练", "安排到社区党组织任职或挂职"],
    ["牵头一项党建重点工作", "参与区委组织部专项调研"],
  ],
  财政金融: [
    ["熟悉预算编制和国资监管全流程", "轮岗至预算科或国资岗位"],
    ["牵头一项财政改革任务", "参加金融专题培训"],
  ],
  经济招商: [
    ["独立洽谈落地一个招商项目", "编入招商引资工作专班"],
    ["熟悉产业政策和项目服务", "到园区或重点企业跟班"],
  ],
  城市建设管理: [
    ["参与一个重点工程项目全过程", "抽调至重点工程建设指挥部"],
    ["提升城市治理统筹能力", "到街道城市管理岗位锻炼"],
  ],
  社会管理: [
    ["在信访维稳一线经受锻炼", "到信访接待岗位轮岗"],
    ["牵头一项民生实事项目", "参与基层治理改革试点"],
  ],
  法律: [
    ["提升依法行政能力", "参与重大行政决策合法性审查"],
    ["参与矛盾纠纷多元化解", "到司法所或调解中心锻炼"],
  ],
};
const SOURCES = ["谈心谈话", "工作汇报", "导师反馈"];

export function buildDevelopmentPlans(ctx: SeedContext, members: PoolMember[]): void {
  const rng = ctx.root.fork("development-plans");
  for (const m of members) {
    if (!rng.chance(0.88)) continue;
    const start = m.enteredOn;
    const goals = (GOALS[m.domain] ?? GOALS["党务"]).concat([
      ["承担急难险重任务，检验担当作为", "适时推荐参加重点工作或挂职锻炼"],
    ]);
    const planId = ctx.ids.next("developmentPlan");
    goals.forEach(([goal, measures], i) => {
      const dueOn = addMonths(start, 12 * (i + 1));
      const done = isBefore(dueOn, ctx.asOf) && rng.chance(0.85);
      ctx.rows.developmentPlanGoals.push({
        id: ctx.ids.next("developmentPlanGoal"),
        planId,
        position: i,
        stage: ["近期", "中期", "远期"][i],
        goal,
        measures,
        dueOn,
        doneOn: done ? weekday(addMonths(dueOn, -rng.int(0, 2))) : null,
        createdAt: ctx.stamp.createdAt,
      });
    });
    const notes: { date: string; source: string; note: string }[] = [];
    for (let d = addMonths(start, 4); isBefore(d, ctx.asOf); d = addMonths(d, rng.int(4, 8))) {
      notes.push({
        date: isoDay(weekday(d)),
        source: rng.pick(SOURCES),
        note: "对照培养计划检查进度，阶段目标推进正常",
      });
    }
    const y = start.getUTCFullYear();
    const row: Prisma.DevelopmentPlanCreateManyInput = {
      id: planId,
      cadreId: m.person.id,
      poolEntryId: m.entryId,
      title: `${m.person.row.name}同志培养计划（${y}—${y + 2}年）`,
      progressNotes: notes,
      ...ctx.stamp,
    };
    ctx.rows.developmentPlans.push(row);
  }
}
