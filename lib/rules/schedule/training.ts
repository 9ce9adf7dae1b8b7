// trainingCompliance: a pool cadre's off-job political training every three years
// (WS-POLITICAL-TRAINING), yearly concentrated hours (WS-TRAIN-HOURS) and, for 科级 young
// cadres, the yearly special training (D20-TRAIN-KJ). youngCadreClassCheck: the yearly
// 中青年干部培训班 (WS-CLASS).
import type { TrainingFact } from "../model/cadre-facts";
import type { PoolTier } from "../model/enums";
import type { Check } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import { ruleCheck } from "../util/check";
import { addYears, daysBetween, formatDateLong } from "../util/dates";

export interface TrainingSubject {
  cadreId?: string;
  /** pool tier; D20-TRAIN-KJ applies to SECTION (科级年轻干部) */
  tier?: PoolTier | null;
  /** entry into the pool: a new member is not behind before three years have passed */
  enteredOn?: Date | null;
  trainings: readonly TrainingFact[];
}

export interface TrainingCompliance {
  checks: Check[];
  /** end of the latest qualifying political training, if any */
  politicalLastOn: Date | null;
  /** by when the next one is due */
  politicalDueOn: Date | null;
  hoursThisYear: number;
}

const lengthDays = (t: TrainingFact) => daysBetween(t.startDate, t.endDate) + 1;

/**
 * The numbers every training verdict reads: the latest qualifying political training and when
 * the next is due, the year's concentrated hours and special trainings up to asOf. One loop, no
 * strings. The dashboard reads the same verdicts from numbers kept per pool entry
 * (pool/pool-schedule.ts: trainingFailedOn; the unit tests hold the two equal).
 */
interface TrainingFigures {
  last: Date | null;
  dueOn: Date | null;
  hours: number;
  special: number;
}

function trainingFigures(subject: TrainingSubject, profile: ResolvedProfile, asOf: Date): TrainingFigures {
  const ws = profile.params.ws;
  const specialKinds = profile.params.d20.training.specialKinds;
  const t = asOf.getTime();
  const year = asOf.getUTCFullYear();
  let last: Date | null = null;
  let hours = 0;
  let special = 0;
  for (const x of subject.trainings) {
    if (!x.completed || x.endDate.getTime() > t) continue;
    if (
      x.fullTimeOffJob &&
      ws.politicalKinds.includes(x.kind) &&
      lengthDays(x) >= ws.politicalMinDays &&
      (last == null || x.endDate > last)
    )
      last = x.endDate;
    if (x.endDate.getUTCFullYear() !== year) continue;
    if (!ws.hoursExcludeKinds.includes(x.kind)) hours += x.hours;
    if (specialKinds.includes(x.kind)) special += 1;
  }
  const base = last ?? subject.enteredOn ?? null;
  return { last, dueOn: base ? addYears(base, ws.politicalEveryYears) : null, hours, special };
}

/** The verdicts of the three rules from the figures (true: passed; null: the rule does not apply). */
function verdicts(subject: TrainingSubject, profile: ResolvedProfile, asOf: Date, f: TrainingFigures) {
  return {
    political: ruleOn(profile, "WS-POLITICAL-TRAINING")
      ? // within the window when the last one ended no earlier than three years before asOf
        f.dueOn != null && f.dueOn.getTime() >= asOf.getTime()
      : null,
    hours: ruleOn(profile, "WS-TRAIN-HOURS") ? f.hours >= profile.params.ws.hoursPerYear : null,
    special:
      subject.tier === "SECTION" && ruleOn(profile, "D20-TRAIN-KJ")
        ? f.special >= profile.params.d20.training.specialPerYear
        : null,
  };
}

export function trainingCompliance(subject: TrainingSubject, profile: ResolvedProfile, asOf: Date): TrainingCompliance {
  const ws = profile.params.ws;
  const f = trainingFigures(subject, profile, asOf);
  const v = verdicts(subject, profile, asOf, f);
  const { last, dueOn, hours } = f;
  const checks: Check[] = [];
  if (v.political !== null) {
    const lastText = last ? `最近一次于${formatDateLong(last)}结束` : "未参加过符合条件的脱产政治训练";
    checks.push(
      ruleCheck(
        profile,
        "WS-POLITICAL-TRAINING",
        v.political,
        `每${ws.politicalEveryYears}年至少参加一次为期不少于${ws.politicalMinDays}天的脱产政治训练，${lastText}${dueOn ? `，应于${formatDateLong(dueOn)}前参加下一次` : ""}`,
        {
          lastOn: last ? last.toISOString().slice(0, 10) : null,
          dueOn: dueOn ? dueOn.toISOString().slice(0, 10) : null,
        },
      ),
    );
  }
  if (v.hours !== null) {
    checks.push(
      ruleCheck(
        profile,
        "WS-TRAIN-HOURS",
        v.hours,
        `${asOf.getUTCFullYear()}年集中培训应不少于${ws.hoursPerYear}学时，已完成${hours}学时${hours < ws.hoursPerYear ? `，尚差${ws.hoursPerYear - hours}学时` : ""}`,
        { required: ws.hoursPerYear, hours },
      ),
    );
  }
  if (v.special !== null) {
    const t = profile.params.d20.training;
    checks.push(
      ruleCheck(
        profile,
        "D20-TRAIN-KJ",
        v.special,
        `科级年轻干部每年应参加${t.specialPerYear}次专门培训，${asOf.getUTCFullYear()}年已参加${f.special}次`,
        { required: t.specialPerYear, count: f.special },
      ),
    );
  }
  return { checks, politicalLastOn: last, politicalDueOn: dueOn, hoursThisYear: hours };
}

/** WS-CLASS: the year's 中青年干部培训班 held, full-time off-job, for the required days. */
export function youngCadreClassCheck(events: readonly TrainingFact[], profile: ResolvedProfile, year: number): Check {
  const ws = profile.params.ws;
  const classes = events.filter((e) => e.kind === "YOUNG_CADRE_CLASS" && e.startDate.getUTCFullYear() === year);
  const ok = classes.filter((e) => e.fullTimeOffJob && lengthDays(e) >= ws.classDays);
  const longest = classes.reduce((m, e) => Math.max(m, lengthDays(e)), 0);
  return ruleCheck(
    profile,
    "WS-CLASS",
    ok.length >= ws.classPerYear,
    `${year}年应举办${ws.classPerYear}期全脱产中青年干部培训班（每期${ws.classDays}天），已举办符合要求的${ok.length}期${classes.length > ok.length ? `（另有${classes.length - ok.length}期未达要求，最长${longest}天）` : ""}`,
    { year, held: classes.length, qualifying: ok.length },
  );
}
