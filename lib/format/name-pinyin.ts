// Pinyin of a Chinese name for roster search (namePinyin "zhangsan", initials "zs"). Shared by
// lib/server (kept in sync on every create/rename) and the seed factories.
import { pinyin } from "pinyin-pro";

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
    namePinyin: syllables
      .join("")
      .toLowerCase()
      .replace(/[^a-z]/g, ""),
    namePinyinInitials: syllables
      .map((s) => s.charAt(0))
      .join("")
      .toLowerCase()
      .replace(/[^a-z]/g, ""),
  };
  cache.set(name, result);
  return result;
}
