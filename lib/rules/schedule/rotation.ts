// rotationDue (ZZ15-ROT-*): who has served, or will within the horizon have served, five years
// as 正/副科职 in the same 科室 (ROT-POST), in a key post (ROT-KEY, must rotate; in addition to
// ROT-POST, each reported with its own period), as 科长 under the same supervising leader
// (ROT-LEADER) or together as 正/副科长 (ROT-PAIR). Consecutive appointments in the same unit count
// as one period; which ones continue it is per rule (./rotation-periods.ts). Men ≥58 and women ≥53
// are exempt (ZZ15-ROT-EXEMPT).
import { ageOn } from "../age";
import { ruleOn, severityOf } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import { addMonths, addYears, formatDateLong, isActiveOn, maxDate } from "../util/dates";
import type { RotationAppointmentFact as Appt, RotationItem } from "./rotation-facts";
import {
  isChief,
  isDeputy,
  isSectionRank,
  keyPeriod,
  leaderPeriod,
  type Period,
  sectionPeriod,
} from "./rotation-periods";

function isExempt(p: ResolvedProfile, a: Appt, on: Date): boolean {
  const age = ageOn(a.birthDate, on);
  return a.gender === "MALE" ? age >= p.params.zz15.exemptMaleAge : age >= p.params.zz15.exemptFemaleAge;
}

const WHAT: Record<RotationItem["ruleId"], string> = {
  "ZZ15-ROT-POST": "在同一科室（单位）担任正（副）科职",
  "ZZ15-ROT-KEY": "在人、财、物、项目申报等关键岗位任职",
  "ZZ15-ROT-LEADER": "同一分管领导分管该科长",
  "ZZ15-ROT-PAIR": "正、副科长在同一科室共事",
};
const ACTION: Record<RotationItem["ruleId"], string> = {
  "ZZ15-ROT-POST": "应当轮岗交流",
  "ZZ15-ROT-KEY": "必须轮岗交流",
  "ZZ15-ROT-LEADER": "原则上科长轮岗或调整领导分工",
  "ZZ15-ROT-PAIR": "原则上进行轮岗交流",
};

export function rotationDue(
  appointments: readonly Appt[],
  profile: ResolvedProfile,
  asOf: Date,
  horizonMonths = 0,
): RotationItem[] {
  const z = profile.params.zz15;
  const horizon = addMonths(asOf, horizonMonths).getTime();
  const exemptOn = ruleOn(profile, "ZZ15-ROT-EXEMPT");
  const items: RotationItem[] = [];
  const push = (ruleId: RotationItem["ruleId"], owners: Appt[], unitId: string, since: Date, ids: string[]) => {
    if (!ruleOn(profile, ruleId)) return;
    const dueOn = addYears(since, z.rotationYears);
    if (dueOn.getTime() > horizon) return;
    const on = maxDate(asOf, dueOn);
    const exempt = exemptOn && owners.every((o) => isExempt(profile, o, on));
    const status = dueOn.getTime() <= asOf.getTime() ? "DUE" : "UPCOMING";
    const tail = exempt ? "；已达免于轮岗年龄（男性年满58周岁、女性年满53周岁），可不进行交流轮岗" : "";
    const message = `自${formatDateLong(since)}起${WHAT[ruleId]}，${status === "DUE" ? "已于" : "将于"}${formatDateLong(dueOn)}满${z.rotationYears}年，${ACTION[ruleId]}${tail}`;
    items.push({
      ruleId,
      severity: severityOf(profile, ruleId),
      cadreIds: owners.map((o) => o.cadreId),
      unitId,
      appointmentIds: ids,
      since,
      dueOn,
      status,
      exempt,
      exemptRuleId: exempt ? "ZZ15-ROT-EXEMPT" : null,
      message,
    });
  };

  const ranks = new Set(z.rotationRanks);
  const byCadre = new Map<string, Appt[]>();
  for (const a of appointments) {
    if (!ranks.has(a.rank)) continue;
    const list = byCadre.get(a.cadreId);
    if (list) list.push(a);
    else byCadre.set(a.cadreId, [a]);
  }
  const principals = new Map<string, ({ a: Appt } & Period)[]>();
  const deputies = new Map<string, ({ a: Appt } & Period)[]>();
  for (const list of byCadre.values()) {
    list.sort((x, y) => x.startDate.getTime() - y.startDate.getTime());
    list.forEach((a, i) => {
      if (!isActiveOn(a.startDate, a.endDate, asOf)) return;
      if (a.isKeyPost) {
        const key = keyPeriod(list, i);
        push("ZZ15-ROT-KEY", [a], a.unitId, key.since, key.ids);
      }
      if (!isSectionRank(a)) return;
      const post = sectionPeriod(list, i);
      push("ZZ15-ROT-POST", [a], a.unitId, post.since, post.ids);
      if (isChief(a) && a.supervisorCadreId) {
        const lead = leaderPeriod(list, i);
        push("ZZ15-ROT-LEADER", [a], a.unitId, lead.since, lead.ids);
      }
      const bucket = isChief(a) ? principals : isDeputy(a) ? deputies : null;
      if (bucket) {
        const entry = { a, ...post };
        const l = bucket.get(a.unitId);
        if (l) l.push(entry);
        else bucket.set(a.unitId, [entry]);
      }
    });
  }
  for (const [unitId, ps] of principals) {
    for (const p of ps) {
      for (const d of deputies.get(unitId) ?? []) {
        push("ZZ15-ROT-PAIR", [p.a, d.a], unitId, maxDate(p.since, d.since), [...p.ids, ...d.ids]);
      }
    }
  }
  return items.sort((x, y) => x.dueOn.getTime() - y.dueOn.getTime());
}
