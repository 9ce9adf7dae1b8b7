// Street teams (D20-ST-STREET-40, -35) and street principal posts (D20-ST-STREET-HEAD-45,
// -40). "About X" targets count anyone aged ≤ X + tolerance: a younger cadre also satisfies a
// rejuvenation target.
import type { PostFact, UnitFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { RuleId } from "../registry/rule-ids";
import type { Goal } from "../util/rows";
import { aboutCeiling } from "../util/tolerance";
import type { StaffingContext } from "./staffing-context";
import { anyAged, anyAgedLater, staffingRow } from "./staffing-context";
import { holdersOf, teamHolders } from "./staffing-index";

function streetTeamRow(
  ctx: StaffingContext,
  streets: UnitFact[],
  ruleId: RuleId,
  about: number,
  goal: Goal,
): TargetRow {
  const max = aboutCeiling(about, ctx.profile.params.conventions.aboutTolerance);
  const team = new Map(streets.map((u) => [u.id, teamHolders(ctx.idx, u.id)]));
  return staffingRow<UnitFact>(ctx, {
    key: ruleId,
    ruleId,
    label: `配备${about}岁左右（不超过${max}岁）年轻干部的街道党政领导班子`,
    subject: "UNIT",
    unit: "个街道",
    items: streets,
    idOf: (u) => u.id,
    counts: (u) => anyAged(team.get(u.id)!, max),
    countsLater: (u) => anyAgedLater(team.get(u.id)!, max),
    goal,
  });
}

function streetHeadRow(
  ctx: StaffingContext,
  headPosts: PostFact[],
  ruleId: RuleId,
  about: number,
  ratio: number,
  pinned: number | null,
  min?: number,
): TargetRow {
  const max = aboutCeiling(about, ctx.profile.params.conventions.aboutTolerance);
  const holders = (p: PostFact) => holdersOf(ctx.idx, p);
  return staffingRow<PostFact>(ctx, {
    key: ruleId,
    ruleId,
    label: `${about}岁左右（不超过${max}岁）的街道党政正职`,
    subject: "POST",
    unit: "个职位",
    items: headPosts,
    idOf: (p) => p.id,
    counts: (p) => anyAged(holders(p), max),
    countsLater: (p) => anyAgedLater(holders(p), max),
    goal: { kind: "ratio", ratio, pinned, min, word: "超过" },
  });
}

export function streetRows(ctx: StaffingContext): TargetRow[] {
  const s = ctx.profile.params.d20.staffing;
  const on = (id: RuleId) => ruleOn(ctx.profile, id);
  const streets = ctx.idx.units.filter((u) => u.type === "STREET");
  const headPosts = streets.flatMap((u) => (ctx.idx.postsByUnit.get(u.id) ?? []).filter((p) => p.isPartyGovHead));
  const rows: TargetRow[] = [];
  if (on("D20-ST-STREET-40"))
    rows.push(streetTeamRow(ctx, streets, "D20-ST-STREET-40", s.street40About, { kind: "all" }));
  if (on("D20-ST-STREET-35")) {
    rows.push(
      streetTeamRow(ctx, streets, "D20-ST-STREET-35", s.street35About, {
        kind: "ratio",
        ratio: s.street35Ratio,
        pinned: s.street35Pinned,
        word: "超过",
      }),
    );
  }
  if (on("D20-ST-STREET-HEAD-45")) {
    rows.push(
      streetHeadRow(
        ctx,
        headPosts,
        "D20-ST-STREET-HEAD-45",
        s.streetHead45About,
        s.streetHead45Ratio,
        s.streetHead45Pinned,
      ),
    );
  }
  if (on("D20-ST-STREET-HEAD-40")) {
    rows.push(
      streetHeadRow(
        ctx,
        headPosts,
        "D20-ST-STREET-HEAD-40",
        s.streetHead40About,
        s.streetHead40Ratio,
        s.streetHead40Pinned,
        s.streetHead40Min,
      ),
    );
  }
  return rows;
}
