import { describe, expect, it } from "vitest";
import { derivationOf, noteDerived, walkDerived } from "@/lib/rules";

// walkDerived walks a derived array against the one before it: by comparing references (any
// caller), or over the positions a merge knew (noteDerived's `from`). Both must report the same
// kept, fresh and gone items.
function walk(next: object[]): string[] {
  const out: string[] = [];
  walkDerived(next, derivationOf(next)!, {
    kept: (k, j) => out.push(`kept ${k}←${j}`),
    fresh: (k) => out.push(`fresh ${k}`),
    gone: (j) => out.push(`gone ${j}`),
  });
  return out;
}

describe("walkDerived: references or known positions, the same walk", () => {
  it("prev a b c d e; next x a c y e z (b and d gone, x y z added): kept 1←0, 2←2, 4←4; fresh 0, 3, 5; gone 1, 3", () => {
    const [a, b, c, d, e, x, y, z] = "abcdexyz".split("").map((id) => ({ id }));
    void b;
    void d;
    const prev = [a, b, c, d, e];
    const byReference = [x, a, c, y, e, z];
    noteDerived(byReference, prev, [x, y, z]);
    const byPosition = [x, a, c, y, e, z];
    noteDerived(byPosition, prev, [x, y, z], Int32Array.from([-1, 0, 2, -1, 4, -1]));
    const expected = ["fresh 0", "kept 1←0", "gone 1", "kept 2←2", "fresh 3", "gone 3", "kept 4←4", "fresh 5"];
    expect(walk(byReference)).toEqual(expected);
    expect(walk(byPosition)).toEqual(expected);
  });
});
