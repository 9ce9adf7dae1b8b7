import { describe, expect, it } from "vitest";
import { applyMoves, buildStaffingIndex, staffingRows, type PlanPerson, type StaffingIndex } from "@/lib/rules";
import { AS_OF, D20_NOW } from "./fixtures";
import { aged, District } from "./district-fixture";

/** The holders of one post in an index (its list by post position). */
const holdersAt = (idx: StaffingIndex, postId: string) => idx.holders[idx.postIndex.get(postId)!];

// Two streets: s1 (书记 55, 主任 50, deputy 48) and s2 (书记 41, 主任 52, deputy 45); a pool member
// aged 38 holds an office post of s1 (not a team post). Street teams with a member ≤ 42 (D20-ST-STREET-40):
// s2 only → 1 of 2.
function twoStreets() {
  const d = new District().street("s1", [55, 50, 48]).street("s2", [41, 52, 45]);
  const young = aged("young", 38);
  d.post("s1-office", "s1", { isLeadership: false, rank: "SECTION_PRINCIPAL" }).hold("s1-office", young);
  const idx = buildStaffingIndex(d.units, d.posts, d.appointments, D20_NOW, AS_OF);
  const posts = new Map(d.posts.map((p) => [p.id, p]));
  const people = new Map<string, PlanPerson>();
  for (const a of d.appointments) people.set(a.cadre.id, { ...a.cadre, rank: "SECTION_PRINCIPAL" });
  const street40 = (i: typeof idx) =>
    staffingRows({ profile: D20_NOW, asOf: AS_OF, idx: i }, []).find((r) => r.key === "D20-ST-STREET-40")!;
  return { idx, posts, people, street40 };
}

describe("applyMoves: a plan's moves on a copy of the staffing index", () => {
  it("拟任 the 38-year-old as s1's deputy (the 48-year-old stays: 2 holders, noted): STREET-40 1 → 2 of 2; the index itself unchanged", () => {
    const { idx, posts, people, street40 } = twoStreets();
    const r = applyMoves(idx, posts, people, [{ id: "m1", kind: "PLACE", cadreId: "young", postId: "s1-dep" }]);
    expect(street40(idx).actual.count).toBe(1);
    expect(street40(r.idx).actual.count).toBe(2);
    expect(holdersAt(r.idx, "s1-dep")!.map((h) => [h.cadre.id, h.age])).toEqual([
      ["s1-p3", 48],
      ["young", 38],
    ]);
    expect(r.notes.map((n) => n.message)).toEqual(["s1-dep调配后有2人任职，超过职数"]);
    expect(holdersAt(idx, "s1-dep")!.length).toBe(1);
    expect(r.affectedUnits).toEqual(["s1"]);
  });

  it("对调 s1's 书记 (55) and s2's 书记 (41): s1 gains a member ≤ 42, s2 loses it — STREET-40 stays 1 of 2, lacking s1 → s2", () => {
    const { idx, posts, people, street40 } = twoStreets();
    const r = applyMoves(idx, posts, people, [
      { id: "m1", kind: "SWAP", cadreId: "s1-p1", postId: "s2-sec", otherCadreId: "s2-p1", otherPostId: "s1-sec" },
    ]);
    const after = street40(r.idx);
    expect([after.actual.count, after.ids, after.lackingIds]).toEqual([1, ["s1"], ["s2"]]);
    expect(r.notes).toEqual([]);
    expect(r.placements.map((p) => [p.cadreId, p.post.id])).toEqual([
      ["s1-p1", "s2-sec"],
      ["s2-p1", "s1-sec"],
    ]);
  });

  it("免职 s2's 书记 (41): STREET-40 1 → 0 of 2; 免职 of someone not holding the post is noted and changes nothing", () => {
    const { idx, posts, people, street40 } = twoStreets();
    const r = applyMoves(idx, posts, people, [
      { id: "m1", kind: "EXIT", cadreId: "s2-p1", postId: "s2-sec" },
      { id: "m2", kind: "EXIT", cadreId: "s2-p1", postId: "s2-sec" },
    ]);
    expect(street40(r.idx).actual.count).toBe(0);
    expect(holdersAt(r.idx, "s2-sec")).toEqual([]);
    expect(r.notes.map((n) => n.moveId)).toEqual(["m2"]);
  });
});
