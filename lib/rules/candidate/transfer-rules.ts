// Preferential transfer-in (D20-XFER-*): a cadre qualifies through ANY one of the paths, so
// when one path passes only the passing path is shown; when none does, every path explains
// why it failed.
import { isElite } from "../education";
import { gradeLabel, rankLabel } from "../labels";
import type { EducationRecordFact } from "../model/cadre-facts";
import type { Check } from "../model/results";
import type { RuleId } from "../registry/rule-ids";
import type { CandidateContext } from "./context";
import { makeCheck, on } from "./context";

const done = (r: EducationRecordFact, asOf: Date) =>
  r.graduationDate == null || r.graduationDate.getTime() <= asOf.getTime();

function pathCheck(
  ctx: CandidateContext,
  ruleId: RuleId,
  hasEdu: boolean,
  eduText: string,
  maxAge: number | null,
  who = "",
): Check {
  const ageOk = maxAge != null && ctx.age <= maxAge;
  const limit = maxAge == null ? "不适用于该职级" : `须${maxAge}岁以下`;
  const msg = `${eduText}${who}${limit}；该同志${hasEdu ? "具有" : "不具有"}该学历学位，现年${ctx.age}岁${ctx.asOfNote}`;
  return makeCheck(ctx, ruleId, hasEdu && ageOk, msg, { maxAge, age: ctx.age, hasEducation: hasEdu });
}

/** The highest age limit of the 双一流 path that the cadre's rank or grade opens. */
function eliteLimit(ctx: CandidateContext): { maxAge: number | null; who: string } {
  const t = ctx.params.d20.transfer;
  const { rank, grade } = ctx; // held on asOf
  const options: { maxAge: number; who: string }[] = [];
  if (rank === "SECTION_PRINCIPAL" || grade === "PRINCIPAL_CLERK_1" || grade === "PRINCIPAL_CLERK_2") {
    options.push({ maxAge: t.elitePrincipalMaxAge, who: "正科级领导职务或一级、二级主任科员" });
  }
  if (rank === "SECTION_DEPUTY" || grade === "PRINCIPAL_CLERK_3" || grade === "PRINCIPAL_CLERK_4") {
    options.push({ maxAge: t.eliteDeputyMaxAge, who: "副科级领导职务或三级、四级主任科员" });
  }
  // No rank recorded (e.g. institution staff) is read as 科员 level, the strictest limit.
  if (rank === "STAFF" || grade === "CLERK_1" || grade === "CLERK_2" || (rank == null && grade == null)) {
    options.push({ maxAge: t.eliteStaffMaxAge, who: "科员" });
  }
  if (options.length === 0) {
    const now = rank ? rankLabel[rank] : grade ? gradeLabel[grade] : "";
    return { maxAge: null, who: `（该同志现为${now}）` };
  }
  return options.reduce((a, b) => (b.maxAge > a.maxAge ? b : a));
}

export function transferChecks(ctx: CandidateContext): Check[] {
  const t = ctx.params.d20.transfer;
  const edu = ctx.facts.education.filter((r) => r.fullTime && done(r, ctx.asOf));
  const all: Check[] = [];
  if (on(ctx, "D20-XFER-PHD")) {
    const has = edu.some((r) => r.level === "DOCTORATE_STUDY" && r.degree === "DOCTOR");
    all.push(pathCheck(ctx, "D20-XFER-PHD", has, "取得全日制研究生学历、博士学位的", t.phdMaxAge));
  }
  if (on(ctx, "D20-XFER-MASTER")) {
    const has = edu.some(
      (r) =>
        (r.level === "MASTER_STUDY" || r.level === "DOCTORATE_STUDY") &&
        (r.degree === "MASTER" || r.degree === "DOCTOR"),
    );
    all.push(pathCheck(ctx, "D20-XFER-MASTER", has, "取得全日制研究生学历、硕士学位的", t.masterMaxAge));
  }
  if (on(ctx, "D20-XFER-985")) {
    const has = edu.some((r) => r.level === "BACHELOR" && r.degree === "BACHELOR" && isElite(r));
    const { maxAge, who } = eliteLimit(ctx);
    all.push(
      pathCheck(ctx, "D20-XFER-985", has, "取得“双一流”（985、211）院校全日制大学本科学历、学士学位的", maxAge, who),
    );
  }
  const passing = all.filter((c) => c.passed);
  return passing.length ? passing : all;
}
