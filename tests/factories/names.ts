// Chinese names and their pinyin for roster search (namePinyin "zhangsan", initials "zs").
import type { Gender } from "../../lib/generated/prisma/enums";
import { eraOf, FEMALE_GIVEN, MALE_GIVEN, SINGLE_CHAR_SHARE, SURNAMES } from "./name-data";
import type { Rng } from "./random";

export function pickSurname(rng: Rng): string {
  return rng.table(SURNAMES);
}

export function pickGivenName(rng: Rng, gender: Gender, birthYear: number): string {
  const era = eraOf(birthYear);
  const parts = (gender === "FEMALE" ? FEMALE_GIVEN : MALE_GIVEN)[era];
  if (rng.chance(SINGLE_CHAR_SHARE[era])) return rng.pick(parts.second);
  const first = rng.pick(parts.first);
  let second = rng.pick(parts.second);
  // 叠字 (婷婷) only sometimes; avoid accidental repeats otherwise
  if (second === first && !rng.chance(0.3)) second = rng.pick(parts.second);
  return first + second;
}

export function personName(rng: Rng, gender: Gender, birthYear: number, surname?: string): string {
  return (surname ?? pickSurname(rng)) + pickGivenName(rng, gender, birthYear);
}

// The pinyin rules live in lib (the app keeps namePinyin in sync on every save).
export { namePinyinOf, type NamePinyin } from "../../lib/format/name-pinyin";
