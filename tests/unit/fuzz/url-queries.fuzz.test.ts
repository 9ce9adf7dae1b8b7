// Filters read from the URL (roster, audit log): whatever a link holds, the page gets a valid
// query — an invalid parameter is dropped (and named), never an exception — and a query
// written back into a URL reads back the same.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditSearchSchema } from "@/lib/validation/audit-search";
import { parseRosterQuery, rosterQuerySchema, rosterSearchParams } from "@/lib/validation/roster-query";
import { anyInput, nastyString } from "./zod-arbitraries";

const KEYS = [
  "q",
  "unitId",
  "unitType",
  "rank",
  "grade",
  "ageMin",
  "ageMax",
  "asOf",
  "gender",
  "ethnicity",
  "political",
  "eduMin",
  "elite",
  "domain",
  "pool",
  "status",
  "sort",
  "dir",
  "page",
  "size",
  "cols",
  "junk",
];
const param = fc.oneof(
  nastyString,
  fc.array(nastyString, { maxLength: 3 }),
  fc.constantFrom("DIVISION_DEPUTY", "STREET", "35", "-1", "1,2", "MALE", "IN", "desc", "50"),
);
const urlParams = fc.dictionary(fc.constantFrom(...KEYS), param, { maxKeys: 8 });

describe("URL filters under fuzzing", () => {
  it("roster: any parameters → a valid query, invalid ones dropped by name, ages ordered", () => {
    fc.assert(
      fc.property(urlParams, (raw) => {
        const { query, dropped } = parseRosterQuery(raw);
        expect(rosterQuerySchema.safeParse(query).success).toBe(true);
        for (const k of dropped) expect(Object.keys(raw)).toContain(k);
        if (query.ageMin !== undefined && query.ageMax !== undefined)
          expect(query.ageMin).toBeLessThanOrEqual(query.ageMax);
      }),
      { numRuns: 1000 },
    );
  });

  it("roster: a parsed query written into a URL reads back the same", () => {
    fc.assert(
      fc.property(urlParams, (raw) => {
        const { query } = parseRosterQuery(raw);
        const again = parseRosterQuery(rosterSearchParams(query));
        expect(again.dropped).toEqual([]);
        expect(again.query).toEqual(query);
      }),
      { numRuns: 1000 },
    );
  });

  it("audit log: any parameters → parsed or rejected, never an exception, and the page's fallback parses", () => {
    fc.assert(
      fc.property(anyInput(auditSearchSchema), (raw) => {
        auditSearchSchema.safeParse(raw);
      }),
      { numRuns: 1000 },
    );
    expect(auditSearchSchema.parse({})).toMatchObject({ page: 1 });
  });

  // The audit page shows the first rejection's message above the filters, so it must be Chinese.
  it("audit log: whatever a link holds, every rejection message is Chinese", () => {
    const auditKeys = fc.constantFrom(
      "from",
      "to",
      "username",
      "action",
      "objectType",
      "objectId",
      "requestId",
      "sessionHash",
      "result",
      "page",
    );
    const auditParam = fc.oneof(
      param,
      fc.constantFrom("2026-02-30", "2026-06-03", "0", "1.5", "SUCCESS", "x".repeat(101)),
    );
    fc.assert(
      fc.property(fc.dictionary(auditKeys, auditParam, { maxKeys: 8 }), (raw) => {
        const r = auditSearchSchema.safeParse(raw);
        if (!r.success) for (const issue of r.error.issues) expect(issue.message).toMatch(/[\u3400-\u9fff]/);
      }),
      { numRuns: 1000 },
    );
  });
});
