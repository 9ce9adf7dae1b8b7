import { describe, expect, it } from "vitest";
import { allSorted, findSorted, lowerBound, sortedBy } from "@/lib/dashboard/sorted-search";

const byId = (x: { id: string }) => x.id;
const byPost = (x: { postId: string }) => x.postId;
const units = ["a1", "b2", "b3", "c4"].map((id) => ({ id }));
// appointments sorted by post id, as the staffing history reads them
const appts = [
  { id: "x1", postId: "p1" },
  { id: "x2", postId: "p2" },
  { id: "x3", postId: "p2" },
  { id: "x4", postId: "p2" },
  { id: "x5", postId: "p9" },
];

describe("binary search over the district's sorted facts", () => {
  it("lowerBound: the first key not below — 'b3' at 2 of [a1 b2 b3 c4], 'b' at 1, 'z' at 4 (the end)", () => {
    expect(lowerBound(units, "b3", byId)).toBe(2);
    expect(lowerBound(units, "b", byId)).toBe(1);
    expect(lowerBound(units, "z", byId)).toBe(4);
    expect(lowerBound([], "a", byId)).toBe(0);
  });

  it("findSorted finds 'c4' (the last) and 'a1' (the first), not 'b' (between two keys)", () => {
    expect(findSorted(units, "c4", byId)).toBe(units[3]);
    expect(findSorted(units, "a1", byId)).toBe(units[0]);
    expect(findSorted(units, "b", byId)).toBeUndefined();
  });

  it("allSorted returns the run of post p2's 3 appointments, p9's 1, and none of p5", () => {
    expect(allSorted(appts, "p2", byPost).map(byId)).toEqual(["x2", "x3", "x4"]);
    expect(allSorted(appts, "p9", byPost).map(byId)).toEqual(["x5"]);
    expect(allSorted(appts, "p5", byPost)).toEqual([]);
  });

  it("sortedBy keeps an array known sorted, sorts a copy of one that is not and keeps that copy", () => {
    expect(sortedBy(appts, byPost, true)).toBe(appts);
    const shuffled = [appts[4], appts[1], appts[0], appts[3], appts[2]];
    const copy = sortedBy(shuffled, byPost, false);
    expect(copy.map(byPost)).toEqual(["p1", "p2", "p2", "p2", "p9"]);
    expect(shuffled[0]).toBe(appts[4]);
    expect(sortedBy(shuffled, byPost, false)).toBe(copy);
    expect(allSorted(copy, "p2", byPost)).toHaveLength(3);
  });
});
