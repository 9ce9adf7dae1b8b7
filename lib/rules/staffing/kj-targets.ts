// Section-level leaders (D20-ST-KJ-LARGE / -SMALL). A unit with ≥7 科级 leader posts and no
// leader aged ≤35 must fill one within three years of a vacancy; a smaller unit should
// generally have one (soft), else the district fills it.
import type { UnitFact } from "../model/org-facts";
import type { TargetRow, TargetStatus } from "../model/results";
import { ruleOn } from "../profiles/active";
import { addYears, formatDateLong, isoDay } from "../util/dates";
import type { StaffingContext } from "./staffing-context";
import { anyAged, anyAgedLater, staffingRow } from "./staffing-context";
import type { Holder } from "./staffing-index";
import { sectionLeaderHolders } from "./staffing-index";

export type KjUnitState = "HAS_YOUNG" | "NO_VACANCY" | "PENDING" | "OVERDUE";

export interface KjUnitDetail {
  unitId: string;
  state: KjUnitState;
  vacancySince: string | null;
  deadline: string | null;
}

function largeDetail(ctx: StaffingContext, u: UnitFact, hs: Holder[], maxAge: number, years: number): KjUnitDetail {
  if (anyAged(hs, maxAge)) return { unitId: u.id, state: "HAS_YOUNG", vacancySince: null, deadline: null };
  const since = ctx.idx.firstSectionVacancy.get(u.id);
  // A post vacant today without a recorded end date still opens the obligation, undated.
  const vacantNow = hs.length < u.sectionLeaderPostCount;
  if (!since) return { unitId: u.id, state: vacantNow ? "PENDING" : "NO_VACANCY", vacancySince: null, deadline: null };
  const deadline = addYears(since, years);
  const state = deadline.getTime() <= ctx.asOf.getTime() ? "OVERDUE" : "PENDING";
  return { unitId: u.id, state, vacancySince: isoDay(since), deadline: isoDay(deadline) };
}

export function kjRows(ctx: StaffingContext): TargetRow[] {
  const s = ctx.profile.params.d20.staffing;
  const units = ctx.idx.units.filter((u) => u.sectionLeaderPostCount > 0);
  const holders = new Map(units.map((u) => [u.id, sectionLeaderHolders(ctx.idx, u.id)]));
  const counts = (u: UnitFact) => anyAged(holders.get(u.id)!, s.kjMaxAge);
  const countsLater = (u: UnitFact) => anyAgedLater(holders.get(u.id)!, s.kjMaxAge);
  const rows: TargetRow[] = [];
  if (ruleOn(ctx.profile, "D20-ST-KJ-LARGE")) {
    const large = units.filter((u) => u.sectionLeaderPostCount >= s.kjLargeMinPosts);
    const details = large
      .map((u) => largeDetail(ctx, u, holders.get(u.id)!, s.kjMaxAge, s.kjWithinYears))
      .filter((d) => d.state !== "HAS_YOUNG");
    const overdue = details.filter((d) => d.state === "OVERDUE").length;
    const pending = details.filter((d) => d.state === "PENDING").length;
    const r = staffingRow<UnitFact>(ctx, {
      key: "D20-ST-KJ-LARGE",
      ruleId: "D20-ST-KJ-LARGE",
      label: `科级领导职数${s.kjLargeMinPosts}职以上、配有不超过${s.kjMaxAge}岁科级领导的单位`,
      subject: "UNIT",
      unit: "个单位",
      items: large,
      idOf: (u) => u.id,
      counts,
      countsLater,
      goal: { kind: "all" },
      description: `出现空缺后${s.kjWithinYears}年内至少配备1名（共${large.length}个单位；逾期${overdue}个，期限内待配${pending}个）`,
    });
    // Only an overdue unit breaks the rule; a unit still inside its three years is at risk.
    const status: TargetStatus = overdue > 0 ? "NOT_MET" : pending > 0 || r.status === "AT_RISK" ? "AT_RISK" : "MET";
    const firstOverdue = details.find((d) => d.state === "OVERDUE");
    const note = firstOverdue?.deadline ? `；最早逾期单位期限为${formatDateLong(new Date(firstOverdue.deadline))}` : "";
    rows.push({ ...r, status, message: r.message + note, details: { units: details } });
  }
  if (ruleOn(ctx.profile, "D20-ST-KJ-SMALL")) {
    const small = units.filter((u) => u.sectionLeaderPostCount < s.kjLargeMinPosts);
    rows.push(
      staffingRow<UnitFact>(ctx, {
        key: "D20-ST-KJ-SMALL",
        ruleId: "D20-ST-KJ-SMALL",
        label: `科级领导职数${s.kjLargeMinPosts}职以下、一般应有不超过${s.kjMaxAge}岁科级领导的单位（缺少的由区委统筹配备）`,
        subject: "UNIT",
        unit: "个单位",
        items: small,
        idOf: (u) => u.id,
        counts,
        countsLater,
        goal: { kind: "all" },
      }),
    );
  }
  return rows;
}
