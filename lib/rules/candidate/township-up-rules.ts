// Shanxi "选上来": township (street) secretaries — or an outstanding township head — selected
// to provincial or city posts (SX-UP-AGE, SX-UP-ELIG, SX-UP-MAYOR).
import { describeEducation, describeRequirement, hasEducation, highestEducation } from "../education";
import { assessmentGradeLabel } from "../labels";
import type { CadreAppointmentFact } from "../model/cadre-facts";
import type { Check } from "../model/results";
import { isActiveOn } from "../util/dates";
import type { CandidateContext } from "./context";
import { makeCheck, maxAgeCheck, on } from "./context";
import { daysInYearsBefore, servedDays, yearsLabel } from "./service";

const isTownship = (a: CadreAppointmentFact) => a.unitType === "STREET" || a.unitType === "TOWNSHIP";

/** 党(工)委书记: the explicit flag, else read from the title (书记 but not 副书记). */
export function isPartySecretary(a: CadreAppointmentFact): boolean {
  return a.isPartySecretary ?? (a.title.includes("书记") && !a.title.includes("副书记"));
}

function assessmentCheck(ctx: CandidateContext): Check {
  const n = ctx.params.sx.upAssessmentYears;
  const last = ctx.asOf.getUTCFullYear() - 1;
  const byYear = new Map(ctx.facts.assessments.map((a) => [a.year, a.grade]));
  const problems: string[] = [];
  for (let y = last - n + 1; y <= last; y++) {
    const g = byYear.get(y);
    if (g == null) problems.push(`${y}年度未录入`);
    else if (g !== "EXCELLENT" && g !== "COMPETENT") problems.push(`${y}年度${assessmentGradeLabel[g]}`);
  }
  return makeCheck(
    ctx,
    "SX-UP-ELIG",
    problems.length === 0,
    `近${n}年年度考核应为称职以上${problems.length ? `，该同志${problems.join("、")}` : "，该同志符合"}`,
    { years: n, lastYear: last, problems: problems.join("；") },
  );
}

function healthCheck(ctx: CandidateContext): Check {
  const ok = ctx.facts.health !== "POOR";
  return makeCheck(ctx, "SX-UP-ELIG", ok, `应具有正常履行职责的身体条件${ok ? "" : "，该同志健康状况较差"}`, {
    health: ctx.facts.health,
  });
}

function secretaryChecks(ctx: CandidateContext): Check[] {
  const p = ctx.params.sx;
  const any = highestEducation(ctx.facts.education, {}, ctx.asOf);
  const stints = ctx.facts.appointments.filter((a) => isTownship(a) && isPartySecretary(a));
  const days = servedDays(stints, ctx.asOf);
  return [
    makeCheck(
      ctx,
      "SX-UP-ELIG",
      hasEducation(ctx.facts.education, p.upMinEducation, {}, ctx.asOf),
      `应具有${describeRequirement(p.upMinEducation, false)}（大学以上文化程度），该同志为${describeEducation(any)}`,
      {
        required: p.upMinEducation,
      },
    ),
    makeCheck(
      ctx,
      "SX-UP-ELIG",
      days >= daysInYearsBefore(ctx.asOf, p.upSecretaryMinYears),
      `应累计任乡镇（街道）党（工）委书记${p.upSecretaryMinYears}年以上，该同志累计约${yearsLabel(days)}年${ctx.asOfNote}`,
      { minYears: p.upSecretaryMinYears, servedDays: days },
    ),
  ];
}

function mayorChecks(ctx: CandidateContext): Check[] {
  const p = ctx.params.sx;
  const head = ctx.facts.appointments.find(
    (a) => isTownship(a) && a.isPartyGovHead && !isPartySecretary(a) && isActiveOn(a.startDate, a.endDate, ctx.asOf),
  );
  const ft = highestEducation(ctx.facts.education, { fullTimeOnly: true }, ctx.asOf);
  return [
    makeCheck(
      ctx,
      "SX-UP-MAYOR",
      Boolean(head),
      head ? `现任${head.title}` : "特别优秀的乡镇长（街办主任）方可作为人选，该同志现未任乡镇长（街办主任）",
      {
        currentPost: head?.title ?? null,
      },
    ),
    maxAgeCheck(ctx, "SX-UP-MAYOR", "乡镇长（街办主任）人选", p.upMayorMaxAge),
    makeCheck(
      ctx,
      "SX-UP-MAYOR",
      hasEducation(ctx.facts.education, p.upMayorMinEducation, { fullTimeOnly: true }, ctx.asOf),
      `乡镇长人选学历应为${describeRequirement(p.upMayorMinEducation, true)}，该同志全日制最高为${describeEducation(ft)}`,
      { required: p.upMayorMinEducation },
    ),
  ];
}

export function townshipUpChecks(
  ctx: CandidateContext,
  level: "PROVINCIAL" | "CITY",
  route: "SECRETARY" | "HEAD",
): Check[] {
  const out: Check[] = [];
  if (on(ctx, "SX-UP-AGE")) {
    const p = ctx.params.sx;
    const max = level === "PROVINCIAL" ? p.upProvincialMaxAge : p.upCityMaxAge;
    out.push(maxAgeCheck(ctx, "SX-UP-AGE", `到${level === "PROVINCIAL" ? "省直" : "市直"}单位任职的`, max));
  }
  if (route === "HEAD" && on(ctx, "SX-UP-MAYOR")) out.push(...mayorChecks(ctx));
  if (on(ctx, "SX-UP-ELIG")) {
    if (route === "SECRETARY") out.push(...secretaryChecks(ctx));
    out.push(assessmentCheck(ctx), healthCheck(ctx));
  }
  return out;
}
