import "server-only";
// The real district on a plan's date, shared by every plan and every move: the dashboard's
// district facts (read once per data change and kept, lib/server/dashboard/district-facts.ts),
// that day's staffing facts (facts-on.ts, the whole district: plans are the organization
// department's), the staffing index built from them and the targets' rows. Kept per facts
// object and date, so after the first request of a day a move costs only the plan's own pass
// (lib/staffing-plans/evaluate-plan.ts). The last few dates are kept; a failed build is not.
import { buildStaffingIndex, isoDay } from "@/lib/rules";
import { factDate } from "@/lib/dashboard/fact-date";
import { dataStamp } from "@/lib/server/dashboard/dashboard-cache";
import { districtFacts } from "@/lib/server/dashboard/district-facts";
import { factsOn } from "@/lib/server/dashboard/facts-on";
import type { DistrictFacts } from "@/lib/server/dashboard/load-facts";
import { planBase, type PlanBase } from "@/lib/staffing-plans/evaluate-plan";

const MAX_DAYS = 4;
const g = globalThis as unknown as { miaopuPlanBases?: WeakMap<DistrictFacts, Map<string, Promise<PlanBase>>> };
const bases = (g.miaopuPlanBases ??= new WeakMap());

async function build(d: DistrictFacts, asOf: Date): Promise<PlanBase> {
  const f = await factsOn(d, asOf, []);
  const { profile } = d.active;
  const s = f.staffing;
  const idx = buildStaffingIndex(s.units, s.posts, s.appointments, profile, asOf);
  return planBase({ profile, asOf, idx }, s.promotions, s.posts);
}

/** The district's staffing on `day` for plans, from the current data. */
export async function getPlanBase(day: Date): Promise<PlanBase> {
  const asOf = factDate(day.getTime());
  const d = await districtFacts(await dataStamp(), asOf);
  let days = bases.get(d);
  if (!days) bases.set(d, (days = new Map()));
  const key = isoDay(asOf);
  let base = days.get(key);
  if (!base) {
    base = build(d, asOf);
    days.set(key, base);
    const kept = days;
    base.catch(() => kept.delete(key));
    while (days.size > MAX_DAYS) days.delete(days.keys().next().value as string);
  }
  return base;
}
