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
  const pairs = await tx.$queryRaw<Array<{ school: string; major: string }>>`
    SELECT DISTINCT school, coalesce(major, '') AS major FROM "EducationRecord"`;
  const touched = pairs.flatMap((p) => {
    const text = `${p.school}${p.major}`;
    const hit = [before(text) ?? before(p.school), after(text) ?? after(p.school)];
    if (!hit.some((e) => e && changed.has(e.name))) return [];
    return [{ ...p, ...recordFlags(after, p) }];
  });
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
