// 分管领导 on current 科长 appointments in a few units (ZZ15-ROT-LEADER: the same supervising
// leader over the same 科长 for five years calls for rotation or a new division of work).
// Sections are shared out among the unit's deputies in order, as 分工 usually is.
import type { Careers } from "./careers";
import type { UnitMeta } from "./model";

const SUPERVISED_UNITS = new Set(["QH-JD-01", "QH-JD-02", "QH-JD-03", "QH-JD-04", "QH-DZ-02", "QH-DZ-14", "QH-DZ-20"]);

export function assignSupervisors(units: UnitMeta[], careers: Careers): number {
  let count = 0;
  for (const u of units) {
    if (!SUPERVISED_UNITS.has(u.spec.code)) continue;
    const chiefs = u.sectionPosts.filter((p) => p.kind === "sectionChief");
    chiefs.forEach((post, i) => {
      const supervisor = u.deputies[i % Math.max(1, u.deputies.length)]?.holder;
      const appointment = post.holder ? careers.current.get(post.holder) : undefined;
      if (!supervisor || !appointment) return;
      appointment.supervisorCadreId = supervisor.id;
      count++;
    });
  }
  return count;
}
