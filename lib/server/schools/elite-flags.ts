import "server-only";
// Keeps EducationRecord.is985/is211/isDoubleFirstClass and Cadre.hasEliteDegree (what the roster
// filter and D20-XFER-985 read) in step with the 院校代码表: after a table change, the records
// whose school reads as a changed row (before or after the change) get the new flags, and their
// cadres' hasEliteDegree is derived again — in the caller's transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordFlags, type SchoolMatcher } from "@/lib/schools/match-school";

type Tx = Prisma.TransactionClient;

/** Cadre.hasEliteDegree from the cadre's full-time records (only rows whose value changes). */
export async function refreshEliteDegree(tx: Tx, cadreIds: readonly string[]): Promise<number> {
  if (!cadreIds.length) return 0;
  return tx.$executeRaw`
    UPDATE "Cadre" c SET "hasEliteDegree" = x.elite, "updatedAt" = now()
    FROM (
      SELECT c2.id, EXISTS (
        SELECT 1 FROM "EducationRecord" e
        WHERE e."cadreId" = c2.id AND e."fullTime" AND (e."is985" OR e."is211" OR e."isDoubleFirstClass")
      ) AS elite
      FROM "Cadre" c2 WHERE c2.id = ANY(${[...new Set(cadreIds)]}::text[])
    ) x
    WHERE c.id = x.id AND c."hasEliteDegree" <> x.elite`;
}

type Flagged = { school: string; major: string; is985: boolean; is211: boolean; isDoubleFirstClass: boolean };

/** Writes the flags of `touched` (by school and major) where they differ; the cadres touched. */
async function writeFlags(tx: Tx, touched: Flagged[]): Promise<{ records: number; cadres: number }> {
  if (!touched.length) return { records: 0, cadres: 0 };
  const updated = await tx.$queryRaw<Array<{ cadreId: string }>>`
    UPDATE "EducationRecord" e
    SET "is985" = x."is985", "is211" = x."is211", "isDoubleFirstClass" = x."isDoubleFirstClass", "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(touched)}::jsonb)
      AS x(school text, major text, "is985" boolean, "is211" boolean, "isDoubleFirstClass" boolean)
    WHERE e.school = x.school AND coalesce(e.major, '') = x.major
      AND (e."is985", e."is211", e."isDoubleFirstClass") IS DISTINCT FROM (x."is985", x."is211", x."isDoubleFirstClass")
    RETURNING e."cadreId"`;
  const cadres = await refreshEliteDegree(
    tx,
    updated.map((u) => u.cadreId),
  );
  return { records: updated.length, cadres };
}

const schoolPairs = (tx: Tx) =>
  tx.$queryRaw<Array<{ school: string; major: string }>>`
    SELECT DISTINCT school, coalesce(major, '') AS major FROM "EducationRecord"`;

/**
 * Recomputes the flags of the education records whose school `before` or `after` reads as one
 * of the `changed` names. Returns how many records and cadres changed.
 */
export async function recomputeSchoolFlags(
  tx: Tx,
  before: SchoolMatcher,
  after: SchoolMatcher,
  changed: ReadonlySet<string>,
): Promise<{ records: number; cadres: number }> {
  const touched = (await schoolPairs(tx)).flatMap((p) => {
    const text = `${p.school}${p.major}`;
    const hit = [before(text) ?? before(p.school), after(text) ?? after(p.school)];
    if (!hit.some((e) => e && changed.has(e.name))) return [];
    return [{ ...p, ...recordFlags(after, p) }];
  });
  return writeFlags(tx, touched);
}

/**
 * Every education record's flags from the table as it stands (`npm run db:check -- --fix`):
 * records written before the table existed — imports that stored no flag, the old editor's
 * checkboxes — come in step with it. Returns how many records and cadres changed.
 */
export async function recomputeAllSchoolFlags(tx: Tx, matcher: SchoolMatcher) {
  return writeFlags(
    tx,
    (await schoolPairs(tx)).map((p) => ({ ...p, ...recordFlags(matcher, p) })),
  );
}

/** How many education records disagree with the table as it stands (`npm run db:check`). */
export async function countSchoolFlagDrift(tx: Tx, matcher: SchoolMatcher): Promise<number> {
  const all = (await schoolPairs(tx)).map((p) => ({ ...p, ...recordFlags(matcher, p) }));
  if (!all.length) return 0;
  const [{ n }] = await tx.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "EducationRecord" e
    JOIN jsonb_to_recordset(${JSON.stringify(all)}::jsonb)
      AS x(school text, major text, "is985" boolean, "is211" boolean, "isDoubleFirstClass" boolean)
      ON e.school = x.school AND coalesce(e.major, '') = x.major
    WHERE (e."is985", e."is211", e."isDoubleFirstClass") IS DISTINCT FROM (x."is985", x."is211", x."isDoubleFirstClass")`;
  return Number(n);
}
