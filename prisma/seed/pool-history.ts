// Entries that have left the pool (出库, never deleted: closed with a reason) and the yearly
// reviews (年度研判, D20-REVIEW-ANNUAL) of every entry. Two open entries miss the latest
// review so the review-due check has something to show.
import type { PoolExitReason, PoolReviewConclusion, PoolTier } from "../../lib/generated/prisma/enums";
import { addDays, addYears, dateBetween, day, maxDate, weekday } from "../../tests/factories/dates";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person } from "./model";

interface ReviewSubject {
  entryId: string;
  enteredOn: Date;
  closedOn: Date | null;
  exitNote?: string;
  /** closed at that year's review (conclusion EXIT) */
  exitYear?: number;
}

// the district-2020 tiers the seed fills (pool-tiers.ts): a 科员 promoted to 副科 was in the 科级 tier
const TIER_BY_PREVIOUS_RANK: Record<string, PoolTier> = {
  STAFF: "SECTION",
  SECTION_DEPUTY: "SECTION",
  SECTION_PRINCIPAL: "DIVISION_DEPUTY",
  DIVISION_DEPUTY: "DIVISION_PRINCIPAL",
};

function reviewDay(year: number, salt: number): Date {
  return weekday(day(year, 12, 10 + (salt % 9)));
}

export function buildClosedEntries(ctx: SeedContext, people: Person[]): ReviewSubject[] {
  const rng = ctx.root.fork("pool-history");
  const out: ReviewSubject[] = [];
  const add = (
    p: Person,
    tier: PoolTier,
    enteredOn: Date,
    closedOn: Date,
    exitReason: PoolExitReason,
    exitNote: string,
    exitYear?: number,
  ) => {
    const id = ctx.ids.next("poolEntry");
    ctx.rows.poolEntries.push({
      id,
      cadreId: p.id,
      tier,
      domain: p.domains[0] ?? null,
      source: "CONCENTRATED_SURVEY",
      basis: "集中调研中民主推荐得票靠前，经组织部考察研判后入库",
      enteredOn,
      closedOn,
      exitReason,
      exitNote,
      ...ctx.stamp,
    });
    out.push({ entryId: id, enteredOn, closedOn, exitNote, exitYear });
  };
  const free = (p: Person) =>
    p.status === "SERVING" && !p.inPool && !p.nominated && Object.keys(p.planned).length === 0;

  const promoted = people.filter(
    (p) =>
      free(p) &&
      p.promotedFrom &&
      TIER_BY_PREVIOUS_RANK[p.promotedFrom] &&
      p.age <= 45 &&
      p.currentStart.getTime() >= day(2022, 3, 1).getTime(),
  );
  for (const p of rng.sample(promoted, scaled(ctx, 6))) {
    const entered = maxDate(day(2021, 6, 18), addYears(p.currentStart, -rng.int(1, 3)));
    add(
      p,
      TIER_BY_PREVIOUS_RANK[p.promotedFrom!],
      entered,
      p.currentStart,
      "PROMOTED",
      `已提拔任${p.row.currentPostTitle}`,
    );
  }
  const overAge = people.filter(
    (p) => free(p) && (p.rank === "DIVISION_DEPUTY" || p.rank === "SECTION_PRINCIPAL") && p.age >= 42 && p.age <= 44,
  );
  for (const p of rng.sample(overAge, scaled(ctx, 3))) {
    const turned41 = addYears(p.birthDate, 41);
    const year = Math.min(2025, Math.max(2022, turned41.getUTCFullYear()));
    add(
      p,
      "DIVISION_DEPUTY",
      day(2021, 6, 18),
      reviewDay(year, p.index),
      "OVER_AGE",
      "年龄超过副处级年轻干部上限（40岁），年度研判调出",
      year,
    );
  }
  const section = people.filter(
    (p) => free(p) && (p.rank === "SECTION_DEPUTY" || p.rank === "SECTION_PRINCIPAL") && p.age <= 37,
  );
  const [problem1, problem2, ineligible1, ineligible2] = rng.sample(section, 4);
  for (const p of [problem1, problem2].filter(Boolean)) {
    const decidedOn = dateBetween(rng, day(2024, 3, 1), day(2025, 9, 30));
    p.planned.sanction = { kind: "GOV_DEMERIT", decidedOn };
    add(
      p,
      "SECTION",
      day(2023, 6, 16),
      addDays(decidedOn, rng.int(15, 40)),
      "PROBLEM_FOUND",
      "受到政务记过处分，按程序调出",
    );
  }
  for (const p of [ineligible1, ineligible2].filter(Boolean)) {
    p.planned.basicAssessmentYear = 2024;
    add(
      p,
      "SECTION",
      day(2023, 6, 16),
      weekday(day(2025, 3, 12 + (p.index % 10))),
      "NO_LONGER_ELIGIBLE",
      "2024年度考核基本称职，不再符合入库条件",
    );
  }
  const left = people.filter(
    (p) => p.status === "TRANSFERRED" && p.age <= 40 && p.leftOn && p.leftOn.getTime() >= day(2022, 1, 1).getTime(),
  );
  for (const p of rng.sample(left, scaled(ctx, 2))) {
    add(p, "SECTION", day(2021, 6, 18), p.leftOn!, "LEFT", "调离青禾区");
  }
  return out;
}

export function buildReviews(ctx: SeedContext, subjects: ReviewSubject[]): void {
  const rng = ctx.root.fork("pool-reviews");
  const lastYear = ctx.asOf.getUTCFullYear() - (ctx.asOf.getUTCMonth() === 11 && ctx.asOf.getUTCDate() > 20 ? 0 : 1);
  const openEarly = subjects.filter((s) => s.closedOn == null && s.enteredOn.getUTCFullYear() < lastYear);
  const skipLatest = new Set(rng.sample(openEarly, 2).map((s) => s.entryId));
  subjects.forEach((s, i) => {
    for (let year = Math.max(2021, s.enteredOn.getUTCFullYear()); year <= lastYear; year++) {
      const reviewedOn = reviewDay(year, i);
      if (reviewedOn.getTime() <= s.enteredOn.getTime()) continue;
      if (s.closedOn && reviewedOn.getTime() > s.closedOn.getTime()) break;
      if (year === lastYear && skipLatest.has(s.entryId)) continue;
      const exit = s.exitYear === year;
      const conclusion: PoolReviewConclusion = exit ? "EXIT" : rng.chance(0.08) ? "WATCH" : "KEEP";
      const notes = exit
        ? (s.exitNote ?? "调出")
        : conclusion === "WATCH"
          ? rng.pick(WATCH_NOTES)
          : rng.pick(KEEP_NOTES);
      ctx.rows.poolReviews.push({
        id: ctx.ids.next("poolReview"),
        poolEntryId: s.entryId,
        year,
        reviewedOn,
        conclusion,
        // 近期可提拔 for about two in five kept entries; derived from the position, not drawn from
        // the generator, so the rest of the demo district stays as it was seeded before
        readiness:
          conclusion === "EXIT" ? null : conclusion === "KEEP" && (i + year) % 5 < 2 ? "NEAR_TERM" : "LONG_TERM",
        notes,
        ...ctx.stamp,
      });
    }
  });
}

const KEEP_NOTES = ["表现良好，继续跟踪培养", "担当作为突出，建议压担子", "综合研判，继续保留", "实绩突出，可适时使用"];
const WATCH_NOTES = [
  "基层经历偏少，列为重点关注",
  "近期工作状态有所下滑，加强谈心谈话",
  "专业能力需进一步提升，重点关注",
];
