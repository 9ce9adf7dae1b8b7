// Data-quality items: records that should exist by now. 年度考核 are made in the first quarter
// for the year before, and the pool's 年度研判 in December: from ASSESSMENT_DUE_MONTH on, last
// year's must be on record; before it, the year before last's.
import { day } from "@/lib/rules";

export const ASSESSMENT_DUE_MONTH = 3;

/** The year whose assessment (and pool review) every serving cadre (member) should have as of asOf. */
export function expectedRecordYear(asOf: Date): number {
  const y = asOf.getUTCFullYear();
  return asOf.getUTCMonth() + 1 >= ASSESSMENT_DUE_MONTH ? y - 1 : y - 2;
}

/**
 * Who is expected to have that year's record: at work (or in the pool) before the year's
 * fourth quarter — someone who joined from October on is not assessed for that year.
 */
export function expectedFrom(year: number): Date {
  return day(year, 10, 1);
}
