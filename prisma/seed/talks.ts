// 谈心谈话 / 关爱谈话 / 提醒谈话 / 诫勉谈话 (WS-TALKS), held by the organization department's
// leaders: care talks with pool members, reminders for a few others, an 诫勉谈话 for every
// 诫勉 measure, recorded problems (D20-MGMT-RECORD) and one tolerated mistake
// (D20-MGMT-ERROR-TOLERANCE).
import type { Prisma, TalkKind } from "../../lib/generated/prisma/client";
import { addDays, dateBetween, weekday } from "../../tests/factories/dates";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person, UnitMeta } from "./model";

const CARE = [
  "了解工作生活情况，鼓励其在重点任务中担当作为",
  "就岗位调整听取本人意见，勉励其尽快进入角色",
  "关心家庭困难，帮助协调解决子女入学问题",
];
const REMIND = [
  "提醒其注意工作方法，改进与群众沟通方式",
  "提醒其严格落实请示报告制度",
  "针对群众反映问题进行提醒，要求举一反三",
];
const PROBLEMS = [
  "存在拈轻怕重倾向，对急难险重任务有畏难情绪，予以批评教育并记录在案",
  "存在自我设计、过分看重个人进退的苗头，予以批评教育并记录在案",
  "有攀附钻营倾向，予以严肃批评教育并记录在案",
];
const TOLERATED =
  "在城市更新项目推进中先行先试出现程序瑕疵，经研判符合容错情形，谈话指出问题、鼓励担当，不作为影响使用的记录";

export function buildTalks(ctx: SeedContext, people: Person[], orgDept: UnitMeta): void {
  const rng = ctx.root.fork("talks");
  const talkers = [...orgDept.principals, ...orgDept.deputies]
    .filter((p) => p.holder)
    .map((p) => `${p.unit.spec.shortName}${p.title} ${p.holder!.row.name}`);
  const by = () => (talkers.length ? rng.pick(talkers) : "区委组织部");
  const since = addDays(ctx.asOf, -3 * 365);
  const add = (p: Person, kind: TalkKind, on: Date, summary: string, flags: Partial<Prisma.TalkCreateManyInput> = {}) =>
    ctx.rows.talks.push({
      id: ctx.ids.next("talk"),
      cadreId: p.id,
      kind,
      talkedOn: weekday(on),
      talkedBy: by(),
      summary,
      ...flags,
      ...ctx.stamp,
    });

  for (const p of people) {
    if (p.inPool && rng.chance(0.7)) {
      for (let i = rng.int(1, 3); i > 0; i--)
        add(p, rng.chance(0.5) ? "CARE" : "HEART_TO_HEART", dateBetween(rng, since, ctx.asOf), rng.pick(CARE));
    }
    const s = p.planned.sanction;
    if (s && s.kind === "ORG_ADMONISHMENT")
      add(p, "ADMONITION", s.decidedOn, "依据诫勉决定进行诫勉谈话，指出问题，提出整改要求");
    if (p.planned.problemTalk)
      add(p, "REMINDER", dateBetween(rng, addDays(ctx.asOf, -300), ctx.asOf), rng.pick(PROBLEMS), {
        problemRecorded: true,
      });
    if (p.planned.toleratedTalk && s)
      add(p, "HEART_TO_HEART", addDays(s.decidedOn, 14), TOLERATED, { errorTolerated: true });
  }
  const others = people.filter((p) => p.status === "SERVING" && !p.inPool && !p.nominated);
  for (const p of rng.sample(others, scaled(ctx, 12)))
    add(p, "REMINDER", dateBetween(rng, since, ctx.asOf), rng.pick(REMIND));
  for (const p of rng.sample(others, scaled(ctx, 4)))
    add(p, "REMINDER", dateBetween(rng, since, ctx.asOf), rng.pick(PROBLEMS), { problemRecorded: true });
}
