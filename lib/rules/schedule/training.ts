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

function inYearUpTo(t: TrainingFact, asOf: Date): boolean {
  return t.endDate.getUTCFullYear() === asOf.getUTCFullYear() && t.endDate.getTime() <= asOf.getTime();
}

export function trainingCompliance(subject: TrainingSubject, profile: ResolvedProfile, asOf: Date): TrainingCompliance {
  const ws = profile.params.ws;
  const done = subject.trainings.filter((t) => t.completed && t.endDate.getTime() <= asOf.getTime());
  const checks: Check[] = [];

  const political = done.filter(
    (t) => t.fullTimeOffJob && ws.politicalKinds.includes(t.kind) && lengthDays(t) >= ws.politicalMinDays,
  );
  const last = political.reduce<Date | null>((m, t) => (m == null || t.endDate > m ? t.endDate : m), null);
  const base = last ?? subject.enteredOn ?? null;
  const dueOn = base ? addYears(base, ws.politicalEveryYears) : null;
  if (ruleOn(profile, "WS-POLITICAL-TRAINING")) {
    // Within the window when the last one ended no earlier than three years before asOf.
    const ok = dueOn != null && dueOn.getTime() >= asOf.getTime();
    const lastText = last ? `最近一次于${formatDateLong(last)}结束` : "未参加过符合条件的脱产政治训练";
    checks.push(
      ruleCheck(
        profile,
        "WS-POLITICAL-TRAINING",
        ok,
        `每${ws.politicalEveryYears}年至少参加一次为期不少于${ws.politicalMinDays}天的脱产政治训练，${lastText}${dueOn ? `，应于${formatDateLong(dueOn)}前参加下一次` : ""}`,
        {
          lastOn: last ? last.toISOString().slice(0, 10) : null,
          dueOn: dueOn ? dueOn.toISOString().slice(0, 10) : null,
        },
      ),
    );
  }

  const hours = done
    .filter((t) => inYearUpTo(t, asOf) && !ws.hoursExcludeKinds.includes(t.kind))
    .reduce((s, t) => s + t.hours, 0);
  if (ruleOn(profile, "WS-TRAIN-HOURS")) {
    checks.push(
      ruleCheck(
        profile,
        "WS-TRAIN-HOURS",
        hours >= ws.hoursPerYear,
        `${asOf.getUTCFullYear()}年集中培训应不少于${ws.hoursPerYear}学时，已完成${hours}学时${hours < ws.hoursPerYear ? `，尚差${ws.hoursPerYear - hours}学时` : ""}`,
        {
          required: ws.hoursPerYear,
          hours,
        },
      ),
    );
  }

  if (subject.tier === "SECTION" && ruleOn(profile, "D20-TRAIN-KJ")) {
    const t = profile.params.d20.training;
    const n = done.filter((x) => inYearUpTo(x, asOf) && t.specialKinds.includes(x.kind)).length;
    checks.push(
      ruleCheck(
        profile,
        "D20-TRAIN-KJ",
        n >= t.specialPerYear,
        `科级年轻干部每年应参加${t.specialPerYear}次专门培训，${asOf.getUTCFullYear()}年已参加${n}次`,
        { required: t.specialPerYear, count: n },
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
