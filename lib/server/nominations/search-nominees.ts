import "server-only";
// The unit's own cadres, searched by name, full pinyin or initials, for the nomination form.
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { formatYearMonth } from "@/lib/format/dates";
import type { NomineeOption } from "@/lib/nominations/types";
import { cadreNameWhere } from "@/lib/server/cadres/name-search";

export async function searchNominees(actor: Actor, q: string): Promise<NomineeOption[]> {
  const rows = await prisma.cadre.findMany({
    where: {
      AND: [
        cadreScope(actor, "read"),
        actor.unitId ? { unitId: actor.unitId } : {},
        { archivedAt: null, status: { in: ["SERVING", "DRAFT"] } },
        cadreNameWhere(q),
      ],
    },
    select: { id: true, name: true, gender: true, birthDate: true, currentPostTitle: true, status: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    gender: r.gender,
    birth: formatYearMonth(r.birthDate),
    postTitle: r.currentPostTitle,
    draft: r.status === "DRAFT",
  }));
}
