import "server-only";
// The unit's own cadres, searched by name or pinyin initials, for the nomination form.
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { formatYearMonth } from "@/lib/format/dates";
import type { NomineeOption } from "@/lib/nominations/types";

export async function searchNominees(actor: Actor, q: string): Promise<NomineeOption[]> {
  const term = q.trim();
  const rows = await prisma.cadre.findMany({
    where: {
      AND: [
        cadreScope(actor, "read"),
        actor.unitId ? { unitId: actor.unitId } : {},
        { archivedAt: null, status: { in: ["SERVING", "DRAFT"] } },
        term ? { OR: [{ name: { contains: term } }, { namePinyinInitials: { startsWith: term.toLowerCase() } }, { namePinyin: { startsWith: term.toLowerCase() } }] } : {},
      ],
    },
    select: { id: true, name: true, gender: true, birthDate: true, currentPostTitle: true, status: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, gender: r.gender, birth: formatYearMonth(r.birthDate), postTitle: r.currentPostTitle, draft: r.status === "DRAFT" }));
}
