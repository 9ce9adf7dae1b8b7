import "server-only";
// The one cadre-name search of the app (roster, appointment and nomination choosers, the
// development picker, the nomination list): 张 / 张三 by characters; zhangsan / zhangs by full
// pinyin and zs by initials (Cadre.namePinyin and namePinyinInitials, both indexed and kept in
// step with the name by write-cadre.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { likeLiteral } from "@/lib/server/search/escape-like";

const LATIN = /^[a-z]+$/i;

/** The where for cadres matching `q`; an empty `q` matches every cadre. */
export function cadreNameWhere(q: string | null | undefined): Prisma.CadreWhereInput {
  const text = q?.trim() ?? "";
  if (!text) return {};
  if (LATIN.test(text)) {
    const p = text.toLowerCase();
    return { OR: [{ namePinyinInitials: { startsWith: p } }, { namePinyin: { startsWith: p } }] };
  }
  return { name: { contains: likeLiteral(text) } };
}
