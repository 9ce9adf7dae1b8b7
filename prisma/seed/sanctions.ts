// 处分 and 组织处理 with their 影响期: a few cadres, some periods over, some still running, one
// tolerated (容错纠错) and one revoked. The year's assessment follows the sanction: no 优秀
// under a light one, 不定等次 or 基本称职 under a heavier one.
import type { Prisma, SanctionKind } from "../../lib/generated/prisma/client";
import { addDays, addMonths, at, dateBetween, day } from "../../tests/factories/dates";
import type { AssessmentIndex } from "./assessments";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person } from "./model";

/** 影响期 in months (党纪处分条例 / 政务处分法 / 组织处理规定). */
const EFFECT_MONTHS: Record<SanctionKind, number> = {
  PARTY_WARNING: 6,
  PARTY_SERIOUS_WARNING: 12,
  PARTY_REMOVAL_FROM_POST: 24,
  PARTY_PROBATION: 24,
  GOV_WARNING: 6,
  GOV_DEMERIT: 12,
  GOV_MAJOR_DEMERIT: 18,
  GOV_DEMOTION: 24,
  GOV_REMOVAL: 48,
  ORG_ADMONISHMENT: 6,
  ORG_ORDERED_INSPECTION: 6,
  ORG_TRANSFER: 12,
  ORG_DEMOTION: 12,
};

const REASONS = [
  "违反中央八项规定精神，接受管理服务对象宴请",
  "履职不力，在安全生产监管中失职",
  "违反工作纪律，项目审批未严格执行程序",
  "违规发放津贴补贴",
  "违反廉洁纪律，收受礼品礼金",
  "落实整改任务不力，造成不良影响",
];

function authority(kind: SanctionKind): string {
  return kind.startsWith("PARTY")
    ? "中共青禾区纪律检查委员会"
    : kind.startsWith("GOV")
      ? "青禾区监察委员会"
      : "中共青禾区委组织部";
}

export function buildSanctions(ctx: SeedContext, people: Person[], assessments: AssessmentIndex): Person[] {
  const rng = ctx.root.fork("sanctions");
  const planned = people.filter((p) => p.planned.sanction);
  const eligible = people.filter(
    (p) => !p.inPool && !p.nominated && Object.keys(p.planned).length === 0 && p.age >= 28,
  );
  const random = rng.sample(
    eligible.filter((p) => p.merit < 0.45),
    scaled(ctx, 22, 6),
  );
  const sanctioned: Person[] = [];
  random.forEach((p, i) => {
    const kind = rng.table([
      ["PARTY_WARNING", 5],
      ["PARTY_SERIOUS_WARNING", 3],
      ["PARTY_REMOVAL_FROM_POST", 1],
      ["GOV_WARNING", 4],
      ["GOV_DEMERIT", 3],
      ["GOV_MAJOR_DEMERIT", 1],
      ["ORG_ADMONISHMENT", 4],
      ["ORG_ORDERED_INSPECTION", 1],
      ["ORG_TRANSFER", 1],
    ] as const);
    // a third decided recently enough to be in effect on asOf
    const months = EFFECT_MONTHS[kind];
    const decidedOn =
      i % 3 === 0
        ? dateBetween(rng, addMonths(ctx.asOf, 1 - months), addDays(ctx.asOf, -20))
        : dateBetween(rng, day(2019, 3, 1), addMonths(ctx.asOf, -months - 1));
    p.planned.sanction = { kind, decidedOn };
  });
  for (const p of [...planned, ...random]) {
    const s = p.planned.sanction!;
    const row: Prisma.SanctionCreateManyInput = {
      id: ctx.ids.next("sanction"),
      cadreId: p.id,
      kind: s.kind,
      decidedOn: s.decidedOn,
      effectEndsOn: addDays(addMonths(s.decidedOn, EFFECT_MONTHS[s.kind]), -1),
      authority: authority(s.kind),
      reason: s.tolerated ? TOLERATED_REASON : rng.pick(REASONS),
      tolerated: Boolean(s.tolerated),
      ...ctx.stamp,
    };
    ctx.rows.sanctions.push(row);
    sanctioned.push(p);
    if (!s.tolerated) adjustAssessment(assessments.get(p), s.kind, s.decidedOn.getUTCFullYear());
  }
  // one revoked on review (撤销): it no longer counts either
  const revocable = ctx.rows.sanctions.filter((r) => !r.tolerated && (r.decidedOn as Date).getUTCFullYear() <= 2023);
  if (revocable.length) revocable[0].revokedAt = at(addMonths(revocable[0].decidedOn as Date, 3), 9);
  return sanctioned;
}

const TOLERATED_REASON =
  "在城市更新项目推进中先行先试，程序存在瑕疵；经区纪委监委研判，符合“三个区分开来”容错情形，予以容错";

function adjustAssessment(
  byYear: Map<number, Prisma.AssessmentCreateManyInput> | undefined,
  kind: SanctionKind,
  year: number,
): void {
  const row = byYear?.get(year);
  if (!row) return;
  const light = kind === "PARTY_WARNING" || kind === "GOV_WARNING" || kind.startsWith("ORG");
  if (light) {
    if (row.grade === "EXCELLENT") row.grade = "COMPETENT";
  } else {
    row.grade = kind === "GOV_DEMERIT" || kind === "PARTY_SERIOUS_WARNING" ? "UNGRADED" : "BASICALLY_COMPETENT";
    row.note = "受处分当年，按规定确定等次";
  }
}
