// Education-system pilot (D20-EDU-PILOT): young school-level and middle-level cadres in
// schools — 正校级 ≤40 ≥3, 副校级 about 35 ≥7, 中层 ≤35 ≥12, about 25 in total.
import type { PostFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import { aboutCeiling } from "../util/tolerance";
import type { StaffingContext } from "./staffing-context";
import { staffingRow } from "./staffing-context";
import type { Holder } from "./staffing-index";
import { unitHolders } from "./staffing-index";

/** Distinct cadres holding posts that pass the filter in any school. */
function schoolHolders(ctx: StaffingContext, filter: (p: PostFact) => boolean): Holder[] {
  const byCadre = new Map<string, Holder>();
  for (const u of ctx.idx.units) {
    if (u.type !== "SCHOOL") continue;
    for (const h of unitHolders(ctx.idx, u.id, filter)) byCadre.set(h.cadre.id, h);
  }
  return [...byCadre.values()];
}

export function eduPilotRows(ctx: StaffingContext): TargetRow[] {
  if (!ruleOn(ctx.profile, "D20-EDU-PILOT")) return [];
  const e = ctx.profile.params.d20.eduPilot;
  const tol = ctx.profile.params.conventions.aboutTolerance;
  const groups: { key: string; label: string; filter: (p: PostFact) => boolean; maxAge: number; min: number }[] = [
    {
      key: "PRINCIPAL",
      label: `不超过${e.principalMaxAge}岁正校级优秀年轻干部`,
      filter: (p) => p.isLeadership !== false && p.isPrincipal,
      maxAge: e.principalMaxAge,
      min: e.principalMin,
    },
    {
      key: "VICE",
      label: `${e.viceAbout}岁左右副校级优秀年轻干部`,
      filter: (p) => p.isLeadership !== false && !p.isPrincipal,
      maxAge: aboutCeiling(e.viceAbout, tol),
      min: e.viceMin,
    },
    {
      key: "MIDDLE",
      label: `不超过${e.middleMaxAge}岁中层优秀年轻干部`,
      filter: (p) => p.isLeadership === false,
      maxAge: e.middleMaxAge,
      min: e.middleMin,
    },
  ];
  const young = new Map<string, Holder>();
  const rows = groups.map((g) => {
    const hs = schoolHolders(ctx, g.filter);
    for (const h of hs) if (h.age <= g.maxAge) young.set(h.cadre.id, h);
    return staffingRow<Holder>(ctx, {
      key: `D20-EDU-PILOT:${g.key}`,
      ruleId: "D20-EDU-PILOT",
      label: g.label,
      subject: "CADRE",
      unit: "名",
      items: hs,
      idOf: (h) => h.cadre.id,
      counts: (h) => h.age <= g.maxAge,
      countsLater: (h) => h.ageLater <= g.maxAge,
      goal: { kind: "count", count: g.min },
      trackLacking: false,
    });
  });
  const total = staffingRow<Holder>(ctx, {
    key: "D20-EDU-PILOT:TOTAL",
    ruleId: "D20-EDU-PILOT",
    label: "教育系统校级、中层优秀年轻干部",
    subject: "CADRE",
    unit: "名",
    items: [...young.values()],
    idOf: (h) => h.cadre.id,
    counts: () => true,
    goal: { kind: "about", count: e.total, tolerance: ctx.profile.params.conventions.countTolerance },
  });
  return [total, ...rows];
}
