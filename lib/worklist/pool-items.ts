// Items about pool members, from their entries, reviews and trainings, through the rules the
// pool page and the dashboard use (poolReviewDue, agingOut, trainingCompliance): reviews due
// (D20-REVIEW-ANNUAL / SS12-ADJUST), members passing their tier's age limit within the warning
// period (12 months by default), training behind (WS-*, D20-TRAIN-KJ), and members with no
// review for the last year on record. Pure.
import {
  agingOut,
  formatDateLong,
  isoDay,
  poolSchedule,
  reviewsDueFrom,
  trainingCompliance,
  type PoolEntryFact,
  type ResolvedProfile,
  type RuleId,
  type TrainingCompliance,
  type TrainingFact,
} from "@/lib/rules";
import { poolTierLabel } from "@/lib/labels";
import { group, ITEMS_SHOWN, type WorkGroup } from "./model";
import { expectedFrom, expectedRecordYear } from "./records";

/** Reviews falling due within this many days are listed (the pool page looks 60 days ahead). */
export const REVIEW_HORIZON_DAYS = 30;
export const TRAINING_RULES: readonly RuleId[] = ["WS-POLITICAL-TRAINING", "WS-TRAIN-HOURS", "D20-TRAIN-KJ"];

export interface PoolMember {
  entry: PoolEntryFact;
  name: string;
  unitName: string;
}

export interface PoolFacts {
  members: PoolMember[];
  /** every review of these entries */
  reviews: { poolEntryId: string; reviewedOn: Date; year: number }[];
  /** trainings by cadre id; null when the training rules are not read */
  trainings: Map<string, TrainingFact[]> | null;
}

export function poolGroups(f: PoolFacts, profile: ResolvedProfile, asOf: Date): WorkGroup[] {
  const byEntry = new Map(f.members.map((m) => [m.entry.id, m]));
  const entries = f.members.map((m) => m.entry);
  const item = (
    m: PoolMember,
    suffix: string,
    detail: string,
    dueOn: Date | null,
    ruleId: RuleId | null,
    href?: string,
  ) => ({
    key: `${m.entry.id}${suffix}`,
    title: m.name,
    context: `${m.unitName} · ${poolTierLabel[m.entry.tier]}`,
    detail,
    dueOn: dueOn ? isoDay(dueOn) : null,
    ruleId,
    href: href ?? `/pool/${m.entry.id}`,
  });

  // Every group counts all its members but builds items for the first ITEMS_SHOWN only (the
  // district has thousands of reviews due): the order is decided before the items are made.
  const due = reviewsDueFrom(poolSchedule(entries, f.reviews, null, profile), asOf, REVIEW_HORIZON_DAYS, ITEMS_SHOWN);
  const reviews = due.items.map((r) => item(byEntry.get(r.entryId)!, "", r.message, r.dueOn, r.ruleId));
  const old = agingOut(entries, profile, asOf);
  const aging = old
    .slice(0, ITEMS_SHOWN)
    .map((a) =>
      item(
        byEntry.get(a.entryId)!,
        "-age",
        `${poolTierLabel[a.tier]}年龄上限${a.maxAge}周岁，${a.alreadyOver ? "已于" : "将于"}${formatDateLong(a.exceedsOn)}超过`,
        a.exceedsOn,
        a.ruleId,
      ),
    );

  const behind: { m: PoolMember; failed: TrainingCompliance["checks"]; dueOn: Date | null; key: string }[] = [];
  if (f.trainings) {
    for (const m of f.members) {
      const e = m.entry;
      const c = trainingCompliance(
        { cadreId: e.cadre.id, tier: e.tier, enteredOn: e.enteredOn, trainings: f.trainings.get(e.cadre.id) ?? [] },
        profile,
        asOf,
      );
      const failed = c.checks.filter((x) => !x.passed && TRAINING_RULES.includes(x.ruleId));
      if (failed.length === 0) continue;
      const dueOn = failed.some((x) => x.ruleId === "WS-POLITICAL-TRAINING") ? c.politicalDueOn : null;
      behind.push({ m, failed, dueOn, key: dueOn ? isoDay(dueOn) : "" });
    }
  }
  // earliest first, those without a day first (a stable sort on the day's ISO text)
  const training = behind
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, ITEMS_SHOWN)
    .map(({ m, failed, dueOn }) =>
      item(
        m,
        "-training",
        failed.map((x) => x.message).join("；"),
        dueOn,
        failed[0].ruleId,
        `/cadres/${m.entry.cadre.id}`,
      ),
    );

  const year = expectedRecordYear(asOf);
  const reviewed = new Set(f.reviews.filter((r) => r.year === year).map((r) => r.poolEntryId));
  const unreviewed = f.members.filter(
    (m) => m.entry.enteredOn.getTime() < expectedFrom(year).getTime() && !reviewed.has(m.entry.id),
  );
  const missing = unreviewed
    .slice(0, ITEMS_SHOWN)
    .map((m) => item(m, "-record", `${formatDateLong(m.entry.enteredOn)}入库，缺少${year}年度研判记录`, null, null));

  return [
    group("POOL_REVIEW_DUE", due.total, reviews, "/pool"),
    group("POOL_AGING_OUT", old.length, aging),
    group("TRAINING_BEHIND", behind.length, training, "/training/reminders"),
    group("NO_POOL_REVIEW", unreviewed.length, missing),
  ];
}
