// Every zod schema exported from lib/validation, fuzzed (fast-check): whatever arrives,
// parsing never throws and every rejection carries a message; for what a browser form can
// send, every message is Chinese, because it is shown beside the field. New schemas are
// picked up automatically.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { anyInput, formInput } from "./zod-arbitraries";

const modules = import.meta.glob<Record<string, unknown>>("/lib/validation/**/*.ts", { eager: true });
const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, v]) => v instanceof z.ZodType)
    .map(([name, schema]) => ({
      name: `${file.replace("/lib/validation/", "")}#${name}`,
      schema: schema as z.ZodType,
    })),
);

// Not form schemas, so not held to "Chinese beside the field": URL queries, where an invalid
// parameter is dropped or defaulted rather than shown (tested in tests/unit/fuzz/url-queries);
// single-field building blocks (tested inside their forms); JSON stored by the app itself.
const NOT_FORMS =
  /^(roster-query\.ts#rosterQuerySchema|audit-search\.ts#auditSearchSchema|.*#(idField|versionField)|development\/plan\.ts#stored\w+)$/;
// Fields a page sets from its own state in these forms (a button's kind, the row's name).
const PAGE_FILLED: Record<string, string[]> = {
  "nominations/steps.ts#closeSchema": ["kind"],
  "nominations/index.ts#closeSchema": ["kind"],
  "familiar-domain.ts#archiveDomainSchema": ["name"],
  "policy-profile.ts#profileDraftSchema": ["values"],
  "policy-profile.ts#saveProfileSchema": ["values"],
};
const CJK = /[\u3400-\u9fff]/;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe("lib/validation schemas under fuzzing", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(20);
    expect(schemas.map((s) => s.name)).toContain("cadre.ts#cadreBasicSchema");
  });

  for (const { name, schema } of schemas) {
    it(`${name}: any input → no exception, every rejection has a message`, () => {
      fc.assert(
        fc.property(anyInput(schema), (input) => {
          const r = schema.safeParse(input);
          if (!r.success) {
            expect(r.error.issues.length).toBeGreaterThan(0);
            for (const issue of r.error.issues) expect(issue.message.trim().length).toBeGreaterThan(0);
          }
        }),
        { numRuns: RUNS },
      );
    });

    if (NOT_FORMS.test(name)) continue;
    it(`${name}: form input → every rejection message is Chinese`, () => {
      fc.assert(
        fc.property(formInput(schema, 0, PAGE_FILLED[name] ?? []), (input) => {
          const r = schema.safeParse(input);
          if (!r.success) {
            for (const issue of r.error.issues) expect(`${issue.path.join(".")}: ${issue.message}`).toMatch(CJK);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});
