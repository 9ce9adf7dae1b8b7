// The 身份证号 parser under fuzzing: any text → a result, never an exception; a refusal always
// says why in Chinese; every valid number (GB 11643, generated) is accepted with its birth date
// and gender; every single-character substitution and every swap of two adjacent different
// digits in the first 17 is caught (ISO 7064 MOD 11-2 detects both); masking never shows the
// birth date.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idNumberSchema, maskIdNumber, parseIdNumber } from "@/lib/validation/id-number";
import { buildIdNumber } from "../../factories/id-number";

const AS_OF = new Date(Date.UTC(2026, 5, 30));
const PROVINCES = ["11", "31", "34", "44", "65", "81"];
const CJK = /[\u3400-\u9fff]/;

const validNumber = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    rest: fc.stringMatching(/^\d{4}$/),
    birth: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: AS_OF, noInvalidDate: true }),
    sequence: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ province, rest, birth, sequence }) => {
    const birthDate = new Date(Date.UTC(birth.getUTCFullYear(), birth.getUTCMonth(), birth.getUTCDate()));
    return { value: buildIdNumber(province + rest, birthDate, sequence), birthDate, male: sequence % 2 === 1 };
  });

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[\dxX ]{0,22}$/),
  fc.stringMatching(/^\d{17}[\dXx]$/),
  fc.constantFrom(
    "",
    " ",
    "０".repeat(18),
    "11010519880230002X",
    "110105188805010021",
    "999999198805010021",
    "\u0000".repeat(18),
  ),
);

describe("身份证号 under fuzzing", () => {
  it("any text: no exception; a refusal has a Chinese message; an acceptance is 18 characters with a real past birth date", () => {
    fc.assert(
      fc.property(junk, (s) => {
        const r = parseIdNumber(s, { asOf: AS_OF });
        if (!r.ok) {
          expect(r.message).toMatch(CJK);
        } else {
          expect(r.value).toMatch(/^\d{17}[\dX]$/);
          expect(r.birthDate.getTime()).toBeLessThanOrEqual(AS_OF.getTime());
          expect(r.birthDate.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
        }
        const z = idNumberSchema.safeParse(s);
        if (!z.success) for (const i of z.error.issues) expect(i.message).toMatch(CJK);
      }),
      { numRuns: 2000 },
    );
  });

  it("every valid number is accepted with its birth date and gender (odd 17th digit = male)", () => {
    fc.assert(
      fc.property(validNumber, ({ value, birthDate, male }) => {
        const r = parseIdNumber(value, { asOf: AS_OF });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.birthDate.toISOString()).toBe(birthDate.toISOString());
          expect(r.gender).toBe(male ? "MALE" : "FEMALE");
        }
        expect(parseIdNumber(value.toLowerCase().split("").join(" "), { asOf: AS_OF }).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("one changed character or two swapped adjacent digits is always refused", () => {
    fc.assert(
      fc.property(
        validNumber,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(..."0123456789X"),
        ({ value }, i, c) => {
          fc.pre(value[i] !== c && (i === 17 || c !== "X"));
          expect(parseIdNumber(value.slice(0, i) + c + value.slice(i + 1), { asOf: AS_OF }).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 15 }), ({ value }, i) => {
        fc.pre(value[i] !== value[i + 1]);
        const swapped = value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
        expect(parseIdNumber(swapped, { asOf: AS_OF }).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("masking never throws and never shows the birth date of a number", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          junk,
          validNumber.map((v) => v.value),
        ),
        (s) => {
          const masked = maskIdNumber(s);
          if (/^\d{17}[\dX]$/.test(s)) {
            expect(masked).toBe(`${s.slice(0, 6)}********${s.slice(-4)}`);
            expect(masked).not.toContain(s.slice(6, 14));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
