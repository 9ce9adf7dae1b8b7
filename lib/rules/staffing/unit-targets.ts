// District units (D20-ST-UNIT-40: teams with a cadre about 40) and party/government
// departments (D20-ST-DEPT-HEAD-40: a principal about 40).
import type { UnitFact } from "../model/org-facts";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import { aboutCeiling } from "../util/tolerance";
import type { StaffingContext } from "./staffing-context";
import { anyAged, anyAgedLater, staffingRow } from "./staffing-context";
import { isPartyGovDept, teamHolders } from "./staffing-index";

export function unitRows(ctx: StaffingContext): TargetRow[] {
  const s = ctx.profile.params.d20.staffing;
  const tol = ctx.profile.params.conventions.aboutTolerance;
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "D20-ST-UNIT-40")) {
    const max = aboutCeiling(s.unit40About, tol);
    const types = new Set(s.districtUnitTypes);
    const units = ctx.idx.units.filter((u) => types.has(u.type));
    const team = new Map(units.map((u) => [u.id, teamHolders(ctx.idx, u.id)]));
    rows.push(
      staffingRow<UnitFact>(ctx, {
        key: "D20-ST-UNIT-40",
        ruleId: "D20-ST-UNIT-40",
        label: `配备${s.unit40About}岁左右（不超过${max}岁）年轻干部的区直单位领导班子`,
        subject: "UNIT",
        unit: "个单位",
        items: units,
        idOf: (u) => u.id,
        counts: (u) => anyAged(team.get(u.id)!, max),
        countsLater: (u) => anyAgedLater(team.get(u.id)!, max),
        goal: { kind: "ratio", ratio: s.unit40Ratio, pinned: s.unit40Pinned, word: "超过" },
      }),
    );
  }
  if (ruleOn(ctx.profile, "D20-ST-DEPT-HEAD-40")) {
    const max = aboutCeiling(s.deptHead40About, tol);
    const depts = ctx.idx.units.filter(isPartyGovDept);
    const heads = new Map(depts.map((u) => [u.id, teamHolders(ctx.idx, u.id, (p) => p.isPrincipal, "principal")]));
    rows.push(
      staffingRow<UnitFact>(ctx, {
        key: "D20-ST-DEPT-HEAD-40",
        ruleId: "D20-ST-DEPT-HEAD-40",
        label: `正职为${s.deptHead40About}岁左右（不超过${max}岁）的党政工作部门`,
        subject: "UNIT",
        unit: "个部门",
        items: depts,
        idOf: (u) => u.id,
        counts: (u) => anyAged(heads.get(u.id)!, max),
        countsLater: (u) => anyAgedLater(heads.get(u.id)!, max),
        goal: { kind: "ratio", ratio: s.deptHead40Ratio, pinned: s.deptHead40Pinned, word: "超过" },
      }),
    );
  }
  return rows;
}
