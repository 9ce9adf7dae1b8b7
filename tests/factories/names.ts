// Chinese names and their pinyin for roster search (namePinyin "zhangsan", initials "zs").
import { pinyin } from "pinyin-pro";
import type { Gender } from "../../lib/generated/prisma/enums";
import {
  eraOf,
  FEMALE_GIVEN,
  MALE_GIVEN,
  SINGLE_CHAR_SHARE,
  SURNAMES,
} from "./name-data";
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

export interface NamePinyin {
  /** full pinyin, lowercase, no tones, no spaces; ü written as v (lv, nv) so it can be typed */
  namePinyin: string;
  /** first letters, e.g. 张三 → "zs", 欧阳娜娜 → "oynn" */
  namePinyinInitials: string;
}

const cache = new Map<string, NamePinyin>();

/** Pinyin with surname readings (单 shan, 曾 zeng, 解 xie); memoised, names repeat a lot. */
export function namePinyinOf(name: string): NamePinyin {
  const hit = cache.get(name);
  if (hit) return hit;
  const syllables = pinyin(name, { toneType: "none", surname: "head", type: "array", v: true });
  const result: NamePinyin = {
    namePinyin: syllables.join("").toLowerCase(),
    namePinyinInitials: syllables.map((s) => s.charAt(0)).join("").toLowerCase(),
  };
  cache.set(name, result);
  return result;
}
