// Reads a school as written on a record or a file (`中国科大`, `武汉大学法学院`, `中国石油大学(北京)`)
// against the 院校代码表 and gives its 985 / 211 / 双一流 flags. Names are compared normalized
// (half-width, no spaces, no brackets, no 中点); the longest listed name or alias the text begins
// with wins, so 浙江大学城市学院 is that college and not 浙江大学. A short abbreviation (北大, 武大)
// counts only alone or before a 学院/系/专业 part, never as the start of another name. Pure.
import { toHalfWidth } from "@/lib/lrmx/loose-date";
import { DOUBLE_FIRST_CLASS_ONLY, NOT_ELITE_LOOKALIKES, U211_ONLY, U985 } from "./elite-school-list";
import { SCHOOL_ALIASES } from "./school-aliases";

export interface SchoolFlags {
  is985: boolean;
  is211: boolean;
  isDoubleFirstClass: boolean;
}

export interface SchoolEntry extends SchoolFlags {
  name: string;
  aliases: readonly string[];
  archived?: boolean;
}

export const NO_FLAGS: SchoolFlags = { is985: false, is211: false, isDoubleFirstClass: false };

/** The code table as published (the seed of the School table). */
export const DEFAULT_SCHOOLS: readonly SchoolEntry[] = [
  ...U985.map((name) => ({ name, is985: true, is211: true, isDoubleFirstClass: true })),
  ...U211_ONLY.map((name) => ({ name, is985: false, is211: true, isDoubleFirstClass: true })),
  ...DOUBLE_FIRST_CLASS_ONLY.map((name) => ({ name, ...NO_FLAGS, isDoubleFirstClass: true })),
  ...NOT_ELITE_LOOKALIKES.map((name) => ({ name, ...NO_FLAGS })),
].map((s) => ({ ...s, aliases: SCHOOL_ALIASES[s.name] ?? [] }));

export function normalizeSchoolName(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s()（）[\]【】〔〕<>《》·•・\-—_]/g, "")
    .replace(/^中国人民解放军(?=.*军医大学|国防)/, "");
}

// A full name ends like an institution; anything else is an abbreviation.
const FULL_NAME = /(大学|学院|学校|研究院|研究生院|校区|分校)$/;
// What may follow an abbreviation: the faculty or major part of a record (武大法学院, 北大中文系).
const AFTER_ABBREVIATION = /(学院|系|专业|学部|医学部)$/;

interface Key {
  key: string;
  full: boolean;
  entry: SchoolEntry;
}

export type SchoolMatcher = (text: string | null | undefined) => SchoolEntry | null;

/** A matcher over the given table; archived rows are left out (they no longer count). */
export function schoolMatcher(table: readonly SchoolEntry[]): SchoolMatcher {
  const keys: Key[] = [];
  for (const entry of table) {
    if (entry.archived) continue;
    for (const n of [entry.name, ...entry.aliases]) {
      const key = normalizeSchoolName(n);
      if (key) keys.push({ key, full: FULL_NAME.test(key), entry });
    }
  }
  keys.sort((a, b) => b.key.length - a.key.length);
  return (text) => {
    const t = normalizeSchoolName(text ?? "");
    if (!t) return null;
    for (const k of keys) {
      if (!t.startsWith(k.key)) continue;
      const rest = t.slice(k.key.length);
      if (k.full || !rest || AFTER_ABBREVIATION.test(rest)) return k.entry;
    }
    return null;
  };
}

/** The flags of a school text (school and major as stored, or the 院校系及专业 cell). */
export function flagsOf(match: SchoolMatcher, text: string | null | undefined): SchoolFlags {
  const e = match(text);
  return e ? { is985: e.is985, is211: e.is211, isDoubleFirstClass: e.isDoubleFirstClass } : { ...NO_FLAGS };
}

/**
 * The flags of an education record: its school read with the major after it (浙江大学 + 城市学院
 * is that college), else the school alone (an abbreviation such as 武大 with the major 法学).
 */
export function recordFlags(match: SchoolMatcher, r: { school: string; major?: string | null }): SchoolFlags {
  const e = match(`${r.school}${r.major ?? ""}`) ?? match(r.school);
  return flagsOf(() => e, r.school);
}
