import { describe, expect, it } from "vitest";
import { z } from "zod";
import { pickerParams } from "@/lib/validation/development/search";
import { unitListParams } from "@/lib/validation/units-search";
import { enumParam, flagParam, idParam, intParam, parseSearchParams, textParam } from "@/lib/validation/search-params";

const schema = z.object({
  q: textParam(5),
  kind: enumParam(["A", "B"] as const),
  n: intParam(1, 10),
  id: idParam(),
  on: flagParam(),
});

describe("a page's search parameters", () => {
  it("reads what the page expects: trimmed and cut text, the first of repeated values, numbers, ids, flags", () => {
    expect(
      parseSearchParams(schema, { q: "  张三丰丰丰丰 ", kind: ["B", "A"], n: "7", id: "c1_x-2", on: "1" }),
    ).toEqual({ q: "张三丰丰丰", kind: "B", n: 7, id: "c1_x-2", on: true });
  });

  it("drops what it does not expect instead of failing the page", () => {
    expect(parseSearchParams(schema, { q: "   ", kind: "C", n: "11", id: "a b", on: "" })).toEqual({
      q: undefined,
      kind: undefined,
      n: undefined,
      id: undefined,
      on: false,
    });
    expect(parseSearchParams(schema, { n: "2.5" }).n).toBeUndefined();
    expect(parseSearchParams(schema, new URLSearchParams("kind=A&n=3")).kind).toBe("A");
  });

  it("gives the picker and the unit list their defaults", () => {
    expect(parseSearchParams(pickerParams, { pool: "POOL", size: "500", q: "zhangsan" })).toEqual({
      unitId: undefined,
      pool: "POOL",
      rank: undefined,
      q: "zhangsan",
      sort: "name",
      pageSize: 20,
      page: 1,
    });
    expect(parseSearchParams(unitListParams, { type: "STREET", page: "0" })).toEqual({
      type: "STREET",
      q: undefined,
      page: 1,
    });
  });
});
