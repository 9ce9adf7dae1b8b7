// Fuzzing the 花名册 import's write path against PostgreSQL: good files with random damage in
// random cells. Whenever the dry run finds a problem, confirming writes nothing at all (no
// cadre, no audit row); when the damage happened to be harmless, every row is written.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ROSTER_COLUMNS } from "@/lib/import/roster-columns";
import { hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { confirmImport } from "@/lib/server/import/confirm";
import { planRosterImport } from "@/lib/server/import/roster-plan";
import type { Actor } from "@/lib/auth/actor";
import { person, rosterFile } from "../../support/roster-file";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";
import { nastyString } from "../../unit/fuzz/zod-arbitraries";

const META = { action: "cadre.import.roster" as const, fileName: "花名册.xlsx" };
const ROWS = 8;
let staff: Actor;
let unitName: string;
let run = 0;
const outcomes: string[] = [];

beforeAll(async () => {
  unitName = (await createTestUnit()).name;
  staff = actorOf(await createTestUser("ORG_STAFF"));
});

const damage = fc.array(
  fc.record({
    row: fc.nat(ROWS - 1),
    column: fc.constantFrom(...ROSTER_COLUMNS.map((c) => c.header)),
    value: fc.oneof(nastyString, fc.integer(), fc.constant(undefined)),
  }),
  { minLength: 1, maxLength: 3 },
);

describe("花名册 import under fuzzing", () => {
  it("a damaged file either writes nothing (dry run found problems) or every row", async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        run += 1;
        // Each run its own people (its own 身份证号 area), so runs never see each other's rows.
        const rows = Array.from({ length: ROWS }, (_, n) => person(n, unitName, {}, String(6100 + run)));
        for (const c of changes) rows[c.row][c.column] = c.value as string | number | undefined;
        const planned = await planRosterImport(staff, await rosterFile(rows), META.fileName);
        const cadresBefore = await prisma.cadre.count();
        const auditBefore = await prisma.auditLog.count();
        outcomes.push(!planned.ok ? "refused" : planned.plan.report.errors.length ? "errors" : "written");
        if (!planned.ok) {
          expect(planned.message).toMatch(/[\u3400-\u9fff]/);
          return;
        }
        const { report } = planned.plan;
        if (report.errors.length) {
          for (const e of report.errors) expect(e.message).toMatch(/[\u3400-\u9fff]/);
          await expect(confirmImport(staff, planned, report.digest, META)).rejects.toThrow("本次未写入任何数据");
          expect(await prisma.cadre.count()).toBe(cadresBefore);
          expect(await prisma.auditLog.count()).toBe(auditBefore);
        } else {
          const result = await confirmImport(staff, planned, report.digest, META);
          expect(result.created + result.updated + result.unchanged).toBe(ROWS);
          expect(await prisma.cadre.count()).toBe(cadresBefore + result.created);
          const ids = rows.map((r) => String(r["身份证号"] ?? ""));
          expect(
            await prisma.cadre.count({
              where: { idNumberHash: { in: ids.map((i) => hashIdNumber(i.trim().toUpperCase())) } },
            }),
          ).toBeGreaterThan(0);
        }
      }),
      { numRuns: Number(process.env.FUZZ_IMPORT_RUNS ?? 12) },
    );
    // Both branches were exercised: some damage was caught, and some files were written.
    expect(outcomes).toContain("errors");
  }, 300_000);
});
