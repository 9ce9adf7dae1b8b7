// zhuzhou-2015 structure of the committee's cadres: 正科职 ≤40 ≥20% with ≥3 about 35
// (ZZ15-ST-ZK40), 副科职 about 30 ≥30% (ZZ15-ST-FK30), 研究生 ≈18% and 本科+ ≥85% (ZZ15-ST-EDU).
import { educationRank } from "../education";
import type { PostFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import { percent } from "../util/format";
import type { Goal } from "../util/rows";
import { aboutCeiling } from "../util/tolerance";
import type { StaffingContext } from "./staffing-context";
import { staffingRow } from "./staffing-context";
import type { Holder } from "./staffing-index";

function distinctHolders(ctx: StaffingContext, filter: (p: PostFact) => boolean): Holder[] {
  const byCadre = new Map<string, Holder>();
  for (const hs of ctx.idx.holders) {
    if (hs) for (const h of hs) if (filter(h.post)) byCadre.set(h.cadre.id, h);
  }
  return [...byCadre.values()];
}

function cadreRow(
  ctx: StaffingContext,
  input: Omit<Parameters<typeof staffingRow<Holder>>[1], "subject" | "unit" | "idOf">,
): TargetRow {
  return staffingRow<Holder>(ctx, { ...input, subject: "CADRE", unit: "人", idOf: (h) => h.cadre.id });
}

export function zz15Rows(ctx: StaffingContext): TargetRow[] {
  const z = ctx.profile.params.zz15;
  const tol = ctx.profile.params.conventions.aboutTolerance;
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "ZZ15-ST-ZK40")) {
    const zk = distinctHolders(ctx, (p) => p.rank === "SECTION_PRINCIPAL");
    const max35 = aboutCeiling(z.sectionPrincipalAbout, tol);
    rows.push(
      cadreRow(ctx, {
        key: "ZZ15-ST-ZK40:RATIO",
        ruleId: "ZZ15-ST-ZK40",
        label: `正科职干部中${z.sectionPrincipalMaxAge}周岁以下人员`,
        items: zk,
        counts: (h) => h.age <= z.sectionPrincipalMaxAge,
        countsLater: (h) => h.ageLater <= z.sectionPrincipalMaxAge,
        goal: { kind: "ratio", ratio: z.sectionPrincipalMinRatio, word: "达到", style: "percent" },
      }),
      cadreRow(ctx, {
        key: "ZZ15-ST-ZK40:ABOUT35",
        ruleId: "ZZ15-ST-ZK40",
        label: `其中${z.sectionPrincipalAbout}周岁左右（不超过${max35}岁）`,
        items: zk,
        counts: (h) => h.age <= max35,
        countsLater: (h) => h.ageLater <= max35,
        goal: { kind: "count", count: z.sectionPrincipalAboutMin },
        trackLacking: false,
      }),
    );
  }
  if (ruleOn(ctx.profile, "ZZ15-ST-FK30")) {
    const fk = distinctHolders(ctx, (p) => p.rank === "SECTION_DEPUTY");
    const max = aboutCeiling(z.sectionDeputyAbout, tol);
    rows.push(
      cadreRow(ctx, {
        key: "ZZ15-ST-FK30",
        ruleId: "ZZ15-ST-FK30",
        label: `副科职干部中${z.sectionDeputyAbout}周岁左右（不超过${max}岁）人员`,
        items: fk,
        counts: (h) => h.age <= max,
        countsLater: (h) => h.ageLater <= max,
        goal: { kind: "ratio", ratio: z.sectionDeputyMinRatio, word: "达到", style: "percent" },
      }),
    );
  }
  if (ruleOn(ctx.profile, "ZZ15-ST-EDU")) {
    // Every cadre holding any post on asOf, leadership or not; each one's highest education once.
    const ids = ctx.idx.activeCadreIds;
    const rank = ctx.idx.activeEducation;
    const items = Array.from({ length: rank.length }, (_, i) => i);
    const pg = educationRank("MASTER_STUDY");
    const bk = educationRank("BACHELOR");
    // "18%左右" is met from 18% × (1 − count tolerance), e.g. 16.2%.
    const floor = z.postgraduateRatio * (1 - ctx.profile.params.conventions.countTolerance);
    const row = (
      key: string,
      label: string,
      min: number,
      goal: Goal,
      extra: { description?: string; trackLacking?: boolean },
    ) =>
      staffingRow<number>(ctx, {
        key,
        ruleId: "ZZ15-ST-EDU",
        label,
        subject: "CADRE",
        unit: "人",
        idOf: (i) => ids[i],
        items,
        counts: (i) => rank[i] >= min,
        goal,
        ...extra,
      });
    rows.push(
      row(
        "ZZ15-ST-EDU:POSTGRADUATE",
        "研究生以上学历干部",
        pg,
        { kind: "ratio", ratio: floor, style: "percent" },
        { description: `${percent(z.postgraduateRatio)}左右（不低于${percent(floor)}）`, trackLacking: false },
      ),
      row(
        "ZZ15-ST-EDU:BACHELOR",
        "本科以上学历干部",
        bk,
        { kind: "ratio", ratio: z.bachelorMinRatio, word: "以上", style: "percent" },
        {},
      ),
    );
  }
  return rows;
}
