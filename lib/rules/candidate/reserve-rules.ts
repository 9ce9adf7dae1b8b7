// Section-level reserves of shushan-2012 (正职后备 / 副职后备): who may be listed (SS12-ELIG-*),
// the minimum education (SS12-EDU-MIN), the age the tier is built around (SS12-AGE-*) and
// the fast track (SS12-FAST-TRACK).
import { describeEducation, describeRequirement, hasEducation, highestEducation } from "../education";
import { rankLabel, unitTypeLabel } from "../labels";
import type { Check } from "../model/results";
import { formatDateLong, isActiveOn } from "../util/dates";
import { aboutCeiling } from "../util/tolerance";
import type { CandidateContext } from "./context";
import { makeCheck, on } from "./context";
import { tenureAtStaffLevel } from "./rank-history";
import { tenureLabel } from "../util/tenure";

function staffCheck(ctx: CandidateContext): Check {
  const f = ctx.facts;
  const serving = f.status === "SERVING";
  const publicSector = ctx.unitType !== "SOE";
  const why = !serving
    ? "该同志当前不在职"
    : !publicSector
      ? `该同志所在单位为${unitTypeLabel.SOE}`
      : "该同志为在职在编干部";
  return makeCheck(ctx, "SS12-ELIG-STAFF", serving && publicSector, `后备干部应为机关事业单位在职在编干部，${why}`, {
    status: f.status,
    unitType: ctx.unitType,
  });
}

function principalReserveCheck(ctx: CandidateContext): Check {
  const f = ctx.facts;
  const deputyPost = f.appointments.find(
    (a) => !a.isPrincipal && a.rank === "SECTION_DEPUTY" && isActiveOn(a.startDate, a.endDate, ctx.asOf),
  );
  const ok = Boolean(deputyPost) || ctx.rank === "SECTION_DEPUTY";
  const now = deputyPost ? deputyPost.title : ctx.rank ? rankLabel[ctx.rank] : "未录入职务层次";
  return makeCheck(ctx, "SS12-ELIG-ZZ", ok, `科级正职后备干部应从单位现任班子副职中推荐，该同志现任：${now}`, {
    rank: ctx.rank,
    deputyPost: deputyPost?.title ?? null,
  });
}

function deputyReserveChecks(ctx: CandidateContext): Check[] {
  const f = ctx.facts;
  const years = ctx.params.ss12.staffMinYears;
  // Above 科员 the cadre has necessarily passed through the 科员 level.
  const above = ctx.rank != null && ctx.rank !== "STAFF";
  // 科员级 time: every 职务层次 or 职级 period, summed in calendar months (separate stints add up)
  const t = tenureAtStaffLevel(f, ctx.asOf);
  const since = t.since;
  const served = t.known && t.tenure.months > 0;
  const ok = above || (served && t.tenure.months >= years * 12);
  const detail = above
    ? `该同志现任${rankLabel[ctx.rank!]}`
    : served
      ? `该同志任科员级职务累计${tenureLabel(t.tenure)}${since ? `（本次自${formatDateLong(since)}起）` : ""}`
      : "未录入任科员级职务时间";
  const middle = f.appointments.some((a) => a.isMiddleLevel && a.startDate.getTime() <= ctx.asOf.getTime());
  return [
    makeCheck(ctx, "SS12-ELIG-FZ", ok, `科级副职后备干部须任科员级职务${years}年以上，${detail}${ctx.asOfNote}`, {
      minYears: years,
      since: since ? since.toISOString().slice(0, 10) : null,
      months: t.tenure.months,
    }),
    makeCheck(
      ctx,
      "SS12-ELIG-FZ",
      middle,
      middle ? "有单位中层岗位工作经历" : "科级副职后备干部须有单位中层岗位工作经历，未见相应任职记录",
      { middleLevelExperience: middle },
    ),
  ];
}

function educationCheck(ctx: CandidateContext): Check {
  const min = ctx.params.ss12.minEducation;
  const any = highestEducation(ctx.facts.education, {}, ctx.asOf);
  return makeCheck(
    ctx,
    "SS12-EDU-MIN",
    hasEducation(ctx.facts.education, min, {}, ctx.asOf),
    `后备干部必须具有${describeRequirement(min, false)}，该同志为${describeEducation(any)}`,
    { required: min, highest: any?.level ?? null },
  );
}

function fastTrackCheck(ctx: CandidateContext): Check[] {
  const need = ctx.params.ss12.fastTrackExcellentYears;
  const byYear = new Map(ctx.facts.assessments.map((a) => [a.year, a.grade]));
  let streak = 0;
  for (let y = ctx.asOf.getUTCFullYear() - 1; byYear.get(y) === "EXCELLENT"; y--) streak++;
  const competitive = Boolean(ctx.facts.foundByCompetitiveSelection);
  if (streak < need && !competitive) return [];
  const why = streak >= need ? `年度考核连续${streak}年优秀` : "在竞争性选拔或交流挂职中发现";
  return [
    makeCheck(ctx, "SS12-FAST-TRACK", true, `${why}，可按规定程序列入后备干部名单`, {
      excellentStreak: streak,
      competitive,
    }),
  ];
}

export function reserveChecks(ctx: CandidateContext, principal: boolean): Check[] {
  const out: Check[] = [];
  if (on(ctx, "SS12-ELIG-STAFF")) out.push(staffCheck(ctx));
  if (principal && on(ctx, "SS12-ELIG-ZZ")) out.push(principalReserveCheck(ctx));
  if (!principal && on(ctx, "SS12-ELIG-FZ")) out.push(...deputyReserveChecks(ctx));
  if (on(ctx, "SS12-EDU-MIN")) out.push(educationCheck(ctx));
  const ruleId = principal ? "SS12-AGE-ZZ" : "SS12-AGE-FZ";
  if (on(ctx, ruleId)) {
    const p = ctx.params.ss12;
    const main = principal ? p.principalMainAge : p.deputyMainAge;
    const max = aboutCeiling(main, ctx.params.conventions.aboutTolerance);
    const who = principal ? "正职后备" : "副职后备";
    out.push(
      makeCheck(
        ctx,
        ruleId,
        ctx.age <= max,
        `${who}一般以${main}岁左右的干部为主体（不超过${max}岁），该同志现年${ctx.age}岁${ctx.asOfNote}`,
        {
          about: main,
          maxAge: max,
          age: ctx.age,
        },
      ),
    );
  }
  if (on(ctx, "SS12-FAST-TRACK")) out.push(...fastTrackCheck(ctx));
  return out;
}
