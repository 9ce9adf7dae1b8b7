import "server-only";
// What a 花名册 import needs of stored cadres beyond existing-cadres.ts: the degrees'
// disciplines (compared with a 学位 such as 法学硕士), and cadres loaded by id (the possible
// duplicates a new row may be confirmed as).
import type { StoredCadre } from "@/lib/import/cadre-patch";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { STORED_CADRE_SELECT } from "./existing-cadres";

/** Sets degreeDiscipline on the records' education (one query, by record id). */
export async function withDegreeDisciplines(cadres: ReadonlyArray<Pick<StoredCadre, "educationRecords">>) {
  const records = cadres.flatMap((c) => c.educationRecords);
  if (!records.length) return;
  const rows = await prisma.$queryRaw<Array<{ id: string; degreeDiscipline: string | null }>>`
    SELECT id, "degreeDiscipline" FROM "EducationRecord" WHERE id = ANY(${records.map((r) => r.id)}::text[])`;
  const byId = new Map(rows.map((r) => [r.id, r.degreeDiscipline]));
  for (const r of records) r.degreeDiscipline = byId.get(r.id) ?? null;
}

export async function loadStoredCadresById(actor: Actor, ids: readonly string[]): Promise<Map<string, StoredCadre>> {
  if (!ids.length) return new Map();
  const rows = await prisma.cadre.findMany({
    where: { AND: [cadreScope(actor, "update"), { id: { in: [...new Set(ids)] } }] },
    select: STORED_CADRE_SELECT,
  });
  await withDegreeDisciplines(rows);
  return new Map(rows.map((r) => [r.id, r]));
}
