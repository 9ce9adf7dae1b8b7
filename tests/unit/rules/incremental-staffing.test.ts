import { describe, expect, it } from "vitest";
import {
  buildStaffingIndex,
  day,
  evaluateStaffing,
  noteDerived,
  type PostFact,
  type StaffingAppointmentFact,
  type StaffingIndex,
} from "@/lib/rules";
import { compactAppointments } from "@/lib/rules/staffing/compact-appointments";
import { AS_OF, D20_NOW } from "./fixtures";
import { aged, District } from "./district-fixture";

// After a change the dashboard hands the rules an appointments array noted as derived from the
// one before (lib/rules/util/derived.ts); the compact arrays and each day's index are then
// patched, not built whole. One truth: after every step of a series of changes the patched
// index and the staffing figures equal those computed from scratch over the same facts.
const YEAR_EARLIER = day(2025, 6, 30);

/** Two streets (s1: 55/50/48, s2: 41/52/45) and a district unit of 7 科级 posts whose deputy left in 2024. */
function district() {
  const d = new District().street("s1", [55, 50, 48]).street("s2", [41, 52, 45]);
  d.unit("d1", "DISTRICT_UNIT", { sectionLeaderPostCount: 7 })
    .post("d1-head", "d1", { isPrincipal: true, rank: "SECTION_PRINCIPAL" })
    .post("d1-dep", "d1")
    .hold("d1-head", aged("d1-p1", 44))
    .hold("d1-dep", aged("d1-p2", 37), day(2018, 1, 1), day(2024, 3, 31));
  return d;
}

/** `prev` without the removed appointments and with the added ones, noted as derived (as merge-facts.ts does). */
function derive(
  prev: readonly StaffingAppointmentFact[],
  removed: (a: StaffingAppointmentFact) => boolean,
  added: StaffingAppointmentFact[],
): StaffingAppointmentFact[] {
  const next = [...prev.filter((a) => !removed(a)), ...added];
  noteDerived(next, prev, added);
  return next;
}

const plainIndex = (idx: StaffingIndex) => ({
  holders: idx.relevant.map((p, i) => [
    p.id,
    (idx.holders[i] ?? []).map((h) => [h.cadre.id, h.cadre.gender, h.age, h.ageLater, h.post.id]),
  ]),
  vacancies: [...idx.firstSectionVacancy].sort(),
});

describe("staffing after a change: patched compact arrays and day indexes equal a computation from scratch", () => {
  it("entry (39 → s1 deputy: STREET-40 1→2 of 2), exit (s2 书记 41 leaves: 2→1), a start after asOf, birth date and gender edited, a post moved to another unit, d1's head leaving on 2026-04-30 (d1's first vacancy, its deputy post moved away, is 2026-05-01)", () => {
    const d = district();
    let posts: PostFact[] = d.posts;
    let appts: StaffingAppointmentFact[] = d.appointments;
    const street40 = (a: readonly StaffingAppointmentFact[], p: PostFact[]) =>
      evaluateStaffing(d.units, p, a, [], D20_NOW, AS_OF).rows.find((r) => r.key === "D20-ST-STREET-40")!.actual.count;
    // the base: both days indexed on the facts before any change
    for (const asOf of [AS_OF, YEAR_EARLIER]) buildStaffingIndex(d.units, posts, appts, D20_NOW, asOf);
    const young = aged("young", 39);
    const s2sec = appts.find((a) => a.postId === "s2-sec")!;
    const s1dir = appts.find((a) => a.postId === "s1-dir")!;
    const d1head = appts.find((a) => a.postId === "d1-head")!;
    const steps: { name: string; apply: () => void; patched: boolean; street40: number }[] = [
      {
        name: "entry",
        apply: () =>
          (appts = derive(appts, () => false, [
            { id: "a-new", postId: "s1-dep", cadre: young, startDate: day(2026, 3, 1) },
          ])),
        patched: true,
        street40: 2,
      },
      {
        name: "exit",
        apply: () => (appts = derive(appts, (a) => a === s2sec, [{ ...s2sec, endDate: day(2026, 3, 1) }])),
        patched: true,
        street40: 1,
      },
      {
        name: "a start after asOf",
        apply: () =>
          (appts = derive(appts, () => false, [
            { id: "a-later", postId: "s2-sec", cadre: aged("later", 36), startDate: day(2026, 9, 1) },
          ])),
        patched: true,
        street40: 1,
      },
      {
        name: "birth date edited (s1 主任 50 → 40)",
        apply: () => {
          const cadre = { ...s1dir.cadre, birthDate: day(1986, 6, 30) };
          appts = derive(
            appts,
            (a) => a.cadre.id === s1dir.cadre.id,
            appts.filter((a) => a.cadre.id === s1dir.cadre.id).map((a) => ({ ...a, cadre })),
          );
        },
        patched: true,
        street40: 1,
      },
      {
        name: "gender edited (d1 head)",
        apply: () => {
          const cadre = { ...d1head.cadre, gender: "FEMALE" as const };
          appts = derive(appts, (a) => a.cadre.id === d1head.cadre.id, [{ ...d1head, cadre }]);
        },
        patched: true,
        street40: 1,
      },
      {
        name: "a post moved (d1's deputy post to s2: new posts, indices translated, day indexed whole)",
        apply: () => {
          posts = posts.map((p) => (p.id === "d1-dep" ? { ...p, unitId: "s2" } : p));
          appts = derive(appts, () => false, [
            { id: "a-moved", postId: "d1-dep", cadre: aged("moved", 33), startDate: day(2026, 1, 1) },
          ]);
        },
        patched: false,
        street40: 2,
      },
      {
        name: "d1's head leaving (2026-04-30)",
        apply: () => {
          const head = appts.find((a) => a.postId === "d1-head")!;
          appts = derive(appts, (a) => a === head, [{ ...head, endDate: day(2026, 4, 30) }]);
        },
        patched: true,
        street40: 2,
      },
    ];
    for (const step of steps) {
      step.apply();
      expect(compactAppointments(d.units, posts, appts).from !== null, `${step.name}: patched`).toBe(step.patched);
      for (const asOf of [AS_OF, YEAR_EARLIER]) {
        const patched = buildStaffingIndex(d.units, posts, appts, D20_NOW, asOf);
        const scratch = buildStaffingIndex(d.units, posts, [...appts], D20_NOW, asOf);
        expect(plainIndex(patched), `${step.name} on ${asOf.toISOString()}`).toEqual(plainIndex(scratch));
        expect(evaluateStaffing(d.units, posts, appts, [], D20_NOW, asOf).rows).toEqual(
          evaluateStaffing(d.units, posts, [...appts], [], D20_NOW, asOf).rows,
        );
      }
      expect(street40(appts, posts), step.name).toBe(step.street40);
    }
    // the deputy post that left d1 took its 2024 vacancy along: the head's leaving is d1's first
    const idx = buildStaffingIndex(d.units, posts, appts, D20_NOW, AS_OF);
    expect(idx.firstSectionVacancy.get("d1")).toEqual(day(2026, 5, 1));
  });
});
