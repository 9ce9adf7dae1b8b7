// ZZ15-EXCL: the situations in which a cadre may not be listed as 考察对象. They apply to every
// target. Tolerated mistakes are set aside first (D20-MGMT-ERROR-TOLERANCE).
import type { CadreFacts } from "../model/cadre-facts";
import type { Check } from "../model/results";
import { assessmentGradeLabel } from "../labels";
import { formatDateLong } from "../util/dates";
import type { CandidateContext } from "./context";
import { makeCheck, on } from "./context";
import { sanctionState } from "./sanctions";

const POOR_GRADES = new Set(["BASICALLY_COMPETENT", "INCOMPETENT"]);

/** 裸官: spouse emigrated, or no (living) spouse and all children emigrated. */
export function isFamilyAbroad(facts: Pick<CadreFacts, "familyMembers">): boolean {
  const living = facts.familyMembers.filter((m) => !m.deceased);
  const spouse = living.find((m) => m.relation === "SPOUSE");
  if (spouse) return Boolean(spouse.emigrated);
  const children = living.filter((m) => m.relation === "SON" || m.relation === "DAUGHTER");
  return children.length > 0 && children.every((c) => c.emigrated);
}

function assessmentCheck(ctx: CandidateContext): Check {
  const n = ctx.params.zz15.exclusionAssessmentYears;
  const lastYear = ctx.asOf.getUTCFullYear() - 1;
  const firstYear = lastYear - n + 1;
  const poor = ctx.facts.assessments
    .filter((a) => a.year >= firstYear && a.year <= lastYear && POOR_GRADES.has(a.grade))
    .sort((a, b) => a.year - b.year);
  const found = poor.map((a) => `${a.year}年度${assessmentGradeLabel[a.grade]}`).join("、");
  return makeCheck(
    ctx,
    "ZZ15-EXCL",
    poor.length === 0,
    poor.length
      ? `近${n}年（${firstYear}—${lastYear}年度）年度考核有基本称职及以下等次（${found}），不得列为考察对象`
      : `近${n}年（${firstYear}—${lastYear}年度）年度考核无基本称职及以下等次`,
    { reason: "ASSESSMENT", firstYear, lastYear, poorYears: poor.map((a) => a.year).join(",") },
  );
}

function sanctionCheck(ctx: CandidateContext): Check {
  const inEffect = ctx.facts.sanctions.filter((s) => sanctionState(s, ctx.asOf) === "IN_EFFECT");
  const ends = inEffect.map((s) =>
    s.effectEndsOn ? `影响期至${formatDateLong(s.effectEndsOn)}` : "影响期结束日未录入，按仍在影响期处理",
  );
  return makeCheck(
    ctx,
    "ZZ15-EXCL",
    inEffect.length === 0,
    inEffect.length
      ? `受到组织处理或党纪政纪处分，仍在影响期内（${ends.join("；")}）${ctx.asOfNote}，不得列为考察对象`
      : `无处于影响期内的组织处理或处分${ctx.asOfNote}`,
    { reason: "SANCTION", inEffect: inEffect.length },
  );
}

function flagCheck(ctx: CandidateContext, reason: string, hit: boolean, yes: string, no: string): Check {
  return makeCheck(ctx, "ZZ15-EXCL", !hit, hit ? `${yes}，不得列为考察对象` : no, { reason });
}

export function exclusionChecks(ctx: CandidateContext): Check[] {
  if (!on(ctx, "ZZ15-EXCL")) return [];
  const f = ctx.facts;
  const note = f.otherExclusionNote?.trim();
  return [
    flagCheck(ctx, "LOW_RECOGNITION", Boolean(f.lowPublicRecognition), "群众公认度不高", "未记录群众公认度不高"),
    assessmentCheck(ctx),
    flagCheck(ctx, "CANVASSING", Boolean(f.canvassingRecorded), "有跑官、拉票行为", "未记录跑官、拉票行为"),
    flagCheck(
      ctx,
      "FAMILY_ABROAD",
      isFamilyAbroad(f),
      "配偶已移居国（境）外，或者没有配偶、子女均已移居国（境）外",
      "无配偶、子女均移居国（境）外情形",
    ),
    sanctionCheck(ctx),
    flagCheck(ctx, "OTHER", Boolean(note), `有其他不宜提拔的原因（${note ?? ""}）`, "未记录其他不宜提拔的原因"),
  ];
}

/** Cites D20-MGMT-ERROR-TOLERANCE whenever a tolerated mistake was set aside. */
export function toleranceChecks(ctx: CandidateContext): Check[] {
  const sanctions = ctx.facts.sanctions.filter((s) => s.tolerated).length;
  const talks = (ctx.facts.talks ?? []).filter((t) => t.errorTolerated).length;
  const n = sanctions + talks;
  if (n === 0) return [];
  return [
    makeCheck(ctx, "D20-MGMT-ERROR-TOLERANCE", true, `有${n}项经认定容错的失误，依容错纠错规定不作为影响使用的记录`, {
      toleratedSanctions: sanctions,
      toleratedTalks: talks,
    }),
  ];
}
