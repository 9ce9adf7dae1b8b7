// Demo 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit
// sequence (odd for men, even for women) and the MOD 11-2 check character, computed by the
// app's own validator so factories and forms can never disagree.
import type { Gender } from "../../lib/generated/prisma/enums";
import { idCheckChar } from "../../lib/validation/id-number";

export function buildIdNumber(addressCode: string, birthDate: Date, sequence: number): string {
  if (!/^\d{6}$/.test(addressCode)) throw new Error("address code must have 6 digits");
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) throw new Error("sequence must be 1..999");
  const first17 =
    addressCode + birthDate.toISOString().slice(0, 10).replaceAll("-", "") + String(sequence).padStart(3, "0");
  return first17 + idCheckChar(first17);
}

const PER_AREA = 499;

/**
 * The demo 身份证号 of the cadre with seed index `cadreIndex`: valid, and matching the
 * cadre's birth date and gender. Distinct indexes give distinct numbers whatever the birth
 * dates (up to ~2.4 million cadres), because the index alone fixes the last four address
 * digits and the sequence: index = area × 499 + k, sequence = 2k+1 (men) or 2k+2 (women).
 * The province digits follow the birthplace; the city/county digits are synthetic.
 *
 * The seed stores only encryptIdNumber(…) and hashIdNumber(…) of it (prisma/seed/id-numbers.ts).
 */
export function idNumberFor(cadreIndex: number, birthDate: Date, gender: Gender, provinceCode = "34"): string {
  const area = Math.floor(cadreIndex / PER_AREA);
  const k = cadreIndex % PER_AREA;
  const city = 1 + (area % 50);
  const county = 1 + (Math.floor(area / 50) % 99);
  const address = provinceCode + String(city).padStart(2, "0") + String(county).padStart(2, "0");
  return buildIdNumber(address, birthDate, 2 * k + (gender === "MALE" ? 1 : 2));
}
