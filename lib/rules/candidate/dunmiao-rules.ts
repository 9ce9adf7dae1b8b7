// Shanxi "派下去": young cadres posted to townships (墩苗) as secretary, head or deputy
// secretary (SX-DOWN-RANK, SX-DOWN-AGE, SX-DOWN-ELIG).
import { describeEducation, describeRequirement, hasEducation, highestEducation } from "../education";
import { rankLabel } from "../labels";
import type { Check } from "../model/results";
import type { CandidateContext } from "./context";
import { makeCheck, maxAgeCheck, on } from "./context";
import type { DunmiaoRole } from "./targets";
import { dunmiaoRoleLabel } from "./targets";

function allowedRanks(ctx: CandidateContext, role: DunmiaoRole) {
  const p = ctx.params.sx;
  if (role === "SECRETARY") return p.downSecretaryRanks;
  if (role === "HEAD") return p.downHeadRanks;
  return p.downDeputySecretaryRanks;
}

function eligChecks(ctx: CandidateContext): Check[] {
  const p = ctx.params.sx;
  const f = ctx.facts;
  const cpc =
    f.politicalStatus === "CPC_MEMBER" || (p.downAcceptProbationary && f.politicalStatus === "CPC_PROBATIONARY");
  const ft = highestEducation(f.education, { fullTimeOnly: true }, ctx.asOf);
  const healthy = p.downHealth.includes(f.health);
  return [
    makeCheck(ctx, "SX-DOWN-ELIG", cpc, cpc ? "中共党员" : "选派人选应为中共党员，该同志不是中共党员", {
      politicalStatus: f.politicalStatus,
    }),
    makeCheck(
      ctx,
      "SX-DOWN-ELIG",
      hasEducation(f.education, p.downMinEducation, { fullTimeOnly: true }, ctx.asOf),
      `选派人选应具有${describeRequirement(p.downMinEducation, true)}，该同志全日制最高为${describeEducation(ft)}`,
      { required: p.downMinEducation, highestFullTime: ft?.level ?? null },
    ),
    makeCheck(ctx, "SX-DOWN-ELIG", healthy, healthy ? "身体健康" : "选派人选应身体健康，该同志健康状况不符合", {
      health: f.health,
    }),
  ];
}

export function dunmiaoChecks(ctx: CandidateContext, role: DunmiaoRole): Check[] {
  const out: Check[] = [];
  const rank = ctx.rank; // held on asOf
  if (on(ctx, "SX-DOWN-RANK")) {
    const allowed = allowedRanks(ctx, role);
    out.push(
      makeCheck(
        ctx,
        "SX-DOWN-RANK",
        rank != null && allowed.includes(rank),
        `${dunmiaoRoleLabel(role)}人选一般为${allowed.map((r) => rankLabel[r]).join("、")}干部，该同志为${rank ? rankLabel[rank] : "（未录入职级）"}`,
        { rank, allowed: allowed.join(",") },
      ),
    );
  }
  if (on(ctx, "SX-DOWN-AGE")) {
    const p = ctx.params.sx;
    const division = rank === "DIVISION_PRINCIPAL" || rank === "DIVISION_DEPUTY";
    out.push(
      maxAgeCheck(
        ctx,
        "SX-DOWN-AGE",
        division ? "选派的处级干部" : "选派的科级干部",
        division ? p.downDivisionMaxAge : p.downSectionMaxAge,
      ),
    );
  }
  if (on(ctx, "SX-DOWN-ELIG")) out.push(...eligChecks(ctx));
  return out;
}
