// The rules API under fuzzing (evaluateCandidate, evaluatePool, publicityEnd) with every
// preset: any facts the types allow → a verdict, never an exception; every check cites a known
// rule and explains itself in Chinese; the verdict's counts agree with its checks. Malformed
// arguments (a day count that is not a positive integer, an invalid date, a calendar without
// working days) are refused with a Chinese message.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluateCandidate,
  evaluatePool,
  isWorkingDay,
  PRESET_KEYS,
  publicityEnd,
  resolveProfile,
  RULE_IDS,
  workingDaysBetween,
} from "@/lib/rules";
import { cadreFacts, date, poolEntries, target } from "./rules-arbitraries";

const PROFILES = PRESET_KEYS.map((k) => resolveProfile(k));
const KNOWN = new Set<string>(RULE_IDS);
const CJK = /[\u3400-\u9fff]/;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe("rules API under fuzzing", () => {
  it("evaluateCandidate: a consistent verdict with explained checks for any facts, target, preset and day", () => {
    fc.assert(
      fc.property(cadreFacts, target, fc.constantFrom(...PROFILES), date, (facts, t, profile, asOf) => {
        const v = evaluateCandidate(facts, t, profile, asOf);
        if (v.outcome === "NOT_APPLICABLE") {
          // 不适用: answered by its 不适用 checks alone, counted neither as failures nor warnings
          expect(v.checks.length).toBeGreaterThan(0);
          expect(v.checks.every((c) => c.notApplicable && !c.passed)).toBe(true);
          expect([v.eligible, v.hardFailures, v.warnings]).toEqual([false, 0, 0]);
        } else {
          const failed = v.checks.filter((c) => !c.passed);
          expect(v.checks.some((c) => c.notApplicable)).toBe(false);
          expect(v.hardFailures).toBe(failed.filter((c) => c.severity === "hard").length);
          expect(v.warnings).toBe(failed.filter((c) => c.severity === "soft").length);
          expect(v.eligible).toBe(v.hardFailures === 0);
          expect(v.outcome).toBe(v.hardFailures > 0 ? "INELIGIBLE" : v.warnings > 0 ? "WARNINGS" : "ELIGIBLE");
        }
        for (const c of v.checks) {
          expect(KNOWN.has(c.ruleId), c.ruleId).toBe(true);
          expect(c.message).toMatch(CJK);
          expect(c.message).not.toMatch(/NaN|undefined|Invalid Date|\[object/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("evaluatePool: rows with known rules and Chinese messages for any set of entries", () => {
    fc.assert(
      fc.property(poolEntries, fc.constantFrom(...PROFILES), date, (entries, profile, asOf) => {
        const report = evaluatePool(entries, profile, asOf);
        expect(report.activeCount).toBeLessThanOrEqual(entries.length);
        for (const row of report.rows) {
          expect(KNOWN.has(row.ruleId), row.ruleId).toBe(true);
          expect(row.message).toMatch(CJK);
          expect(row.message).not.toMatch(/NaN|undefined|Invalid Date|\[object/);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  const calendar = fc.record({
    holidays: fc.array(date, { maxLength: 20 }),
    workdays: fc.array(date, { maxLength: 5 }),
    weekend: fc.subarray([0, 1, 2, 3, 4, 5, 6], { maxLength: 6 }),
  });

  it("publicityEnd: the last day is a working day and the period holds exactly that many working days", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), calendar, (start, days, cal) => {
        const end = publicityEnd(start, days, cal);
        expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(isWorkingDay(end, cal)).toBe(true);
        expect(workingDaysBetween(start, end, cal)).toBe(days);
      }),
      { numRuns: RUNS },
    );
  });

  it("publicityEnd: malformed arguments are refused with a Chinese message", () => {
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
      return null;
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY), fc.integer({ max: 0 })),
        (days) => {
          expect(refusal(() => publicityEnd(new Date(Date.UTC(2026, 5, 1)), days))).toMatch(CJK);
        },
      ),
    );
    expect(refusal(() => publicityEnd(new Date(Number.NaN), 5))).toMatch(CJK);
    expect(refusal(() => publicityEnd(new Date(Date.UTC(2026, 5, 1)), 5, { weekend: [0, 1, 2, 3, 4, 5, 6] }))).toMatch(
      CJK,
    );
  });
});
