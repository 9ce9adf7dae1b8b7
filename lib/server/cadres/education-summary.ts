import "server-only";
// The roster filters on highest full-time education and 985/211 without joining education
// records; these two Cadre columns are derived here, in the same transaction as every
// education write, so they never drift from the records.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EducationLevel } from "@/lib/generated/prisma/enums";
import { educationRank } from "@/lib/rules";

export function educationSummary(
  records: { level: EducationLevel; fullTime: boolean; is985: boolean; is211: boolean; isDoubleFirstClass: boolean }[],
) {
  let highest: EducationLevel | null = null;
  for (const r of records)
    if (r.fullTime && (!highest || educationRank(r.level) > educationRank(highest))) highest = r.level;
  return {
    highestFullTimeLevel: highest,
    hasEliteDegree: records.some((r) => r.fullTime && (r.is985 || r.is211 || r.isDoubleFirstClass)),
  };
}

export async function syncEducationSummary(tx: Prisma.TransactionClient, cadreId: string): Promise<void> {
  const records = await tx.educationRecord.findMany({
    where: { cadreId },
    select: { level: true, fullTime: true, is985: true, is211: true, isDoubleFirstClass: true },
  });
  await tx.cadre.update({ where: { id: cadreId }, data: educationSummary(records) });
}
