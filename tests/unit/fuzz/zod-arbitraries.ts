// fast-check arbitraries derived from zod 4 schemas, so every schema in lib/validation is fuzzed
// without a hand-written generator (new schemas are picked up automatically):
//   anyInput(schema)  — values of any type where the schema expects something, missing keys,
//                       nulls, wrong types: what a tampered request can send;
//   formInput(schema) — what a browser form can send: every field present, strings anywhere a
//                       string goes (including empty, blank, very long, full-width, control
//                       characters), numbers anywhere a number goes (NaN for an empty number
//                       input), and for a select either one of its options or "" (not chosen).
import fc from "fast-check";
import type { z } from "zod";

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

export const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "　",
    "\u0000",
    "\t\n",
    "<script>alert(1)</script>",
    '\'; drop table "Cadre"; --',
    "$$",
    "$1",
    "1988-02-30",
    "2026-13-01",
    "0000-00-00",
    "9999-12-31",
    "１９８８－０５－０１",
    "1988.05",
    "张三",
    "欧阳·娜娜",
    "·",
    "110105198805010021",
    "11010519880501002X",
    "ＡＢＣ",
    "😀",
    "x".repeat(5000),
    "-1",
    "1e309",
    "NaN",
    "null",
    "undefined",
  ),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
);

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
  fc.constantFrom(0, -1, 1980, 2100, 1e12, Number.NaN),
);

export function anyInput(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const wrong = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    number,
    nastyString,
    fc.constant({}),
    fc.constant([]),
  );
  if (depth > 4) return wrong;
  switch (d.type) {
    case "object": {
      const shape = d.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, anyInput(v, depth + 1)]));
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        { weight: 1, arbitrary: wrong },
      );
    }
    case "array":
      return fc.oneof(fc.array(anyInput(d.element as z.ZodType, depth + 1), { maxLength: 4 }), wrong);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(anyInput(d.innerType as z.ZodType, depth), wrong);
    case "pipe":
      return anyInput(d.in as z.ZodType, depth);
    case "union":
      return fc.oneof(...(d.options as z.ZodType[]).map((o) => anyInput(o, depth + 1)), wrong);
    case "enum":
      return fc.oneof(fc.constantFrom(...Object.values(d.entries as Record<string, string>)), wrong);
    case "literal":
      return fc.oneof(fc.constantFrom(...(d.values as unknown[])), wrong);
    default:
      return fc.oneof(wrong, fc.anything({ maxDepth: 2 }));
  }
}

/** Set by the page, not typed: a record's own id, its version, the parent record's id. */
export const PAGE_FILLED =
  /^(id|version|basedOnVersion|from|page|size|cadreId|userId|nominationId|entryId|poolEntryId|trainingId|planId|mentorshipId|practiceId|talkId|attendanceId|goalId|objectionId|rowId|expectedActiveRowId)$|Version$/;
/** Chosen from a list (select, checkboxes): one of the offered values, or nothing chosen. */
const CHOSEN = /(Id|Ids|Key)$/;

const CANDIDATES = [
  undefined,
  "",
  {},
  1,
  2,
  20,
  50,
  100,
  "PROPOSED",
  "INVESTIGATED",
  "district-2020",
  "national-baseline",
  ...[...Array(5)].map((_, i) => `c${String(i).padStart(24, "0")}`),
];

/** Values a page would put there itself: the well-formed candidates the schema accepts. */
function wellFormed(schema: z.ZodType, allowEmpty: boolean): fc.Arbitrary<unknown> {
  const valid = CANDIDATES.filter((v) => (allowEmpty || (v !== "" && v !== undefined)) && schema.safeParse(v).success);
  const withEmpty = allowEmpty ? [...valid, ""] : valid;
  if (withEmpty.length) return fc.constantFrom(...withEmpty);
  const d = unwrap(schema);
  return d.type === "enum" ? fc.constantFrom(...Object.values(d.entries as Record<string, string>)) : formInput(schema);
}

function unwrap(schema: z.ZodType): Def {
  let d = defOf(schema);
  while (["optional", "nullable", "default", "prefault", "catch", "readonly"].includes(d.type))
    d = defOf(d.innerType as z.ZodType);
  return d;
}

function field(key: string, schema: z.ZodType, depth: number, pageFilled: readonly string[]): fc.Arbitrary<unknown> {
  if (PAGE_FILLED.test(key) || pageFilled.includes(key)) return wellFormed(schema, false);
  if (CHOSEN.test(key)) {
    const d = unwrap(schema);
    if (d.type === "array") return fc.array(wellFormed(d.element as z.ZodType, false), { maxLength: 4 });
    return wellFormed(schema, true);
  }
  return formInput(schema, depth + 1);
}

export function formInput(schema: z.ZodType, depth = 0, pageFilled: readonly string[] = []): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  switch (d.type) {
    case "object": {
      const shape = d.shape as Record<string, z.ZodType>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, field(k, v, depth, pageFilled)])));
    }
    case "array": {
      // checkboxes: only offered values; repeated inputs: anything typed
      const el = d.element as z.ZodType;
      return fc.array(
        unwrap(el).type === "enum"
          ? fc.constantFrom(...Object.values(unwrap(el).entries as Record<string, string>))
          : formInput(el, depth + 1),
        { maxLength: 4 },
      );
    }
    case "optional": {
      const inner = d.innerType as z.ZodType;
      // an optional select left empty is sent as undefined
      if (unwrap(inner).type === "enum")
        return fc.oneof(
          fc.constant(undefined),
          fc.constantFrom(...Object.values(unwrap(inner).entries as Record<string, string>)),
        );
      return fc.oneof(fc.constant(undefined), formInput(inner, depth, pageFilled));
    }
    case "nullable":
      return fc.oneof(fc.constant(null), formInput(d.innerType as z.ZodType, depth, pageFilled));
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return formInput(d.innerType as z.ZodType, depth, pageFilled);
    case "pipe":
      return formInput(d.in as z.ZodType, depth, pageFilled);
    case "union":
      return fc.oneof(...(d.options as z.ZodType[]).map((o) => formInput(o, depth + 1, pageFilled)));
    case "record":
      return fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(number, nastyString, fc.boolean()), { maxKeys: 4 });
    case "enum":
      return fc.oneof(fc.constantFrom(...Object.values(d.entries as Record<string, string>)), fc.constant(""));
    case "literal":
      return fc.constantFrom(...(d.values as unknown[]));
    case "number":
    case "int":
      return number;
    case "boolean":
      return fc.boolean();
    default:
      return nastyString;
  }
}
