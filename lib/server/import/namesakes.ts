import "server-only";
// Possible duplicates of a person an import would create: cadres the actor may update with the
// same name and birth month. Two different 身份证号 are two people (GB 11643), so a cadre with a
// number is a candidate only when the file gives none, and vice versa. The user decides at the
// confirm step (a new person, or this cadre); nothing is merged by name alone.
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

export interface Namesake {
  id: string;
  version: number;
  name: string;
  unitId: string | null;
  birthDate: Date;
  hasIdNumber: boolean;
}

const keyOf = (name: string, birth: string) => `${name}|${birth.slice(0, 7)}`;

/**
 * name → birth month → cadres; `lookup(name, birth, fileHasId)` gives the candidates.
 * `withoutIdOnly`: every record the caller asks about has a 身份证号 (a 花名册), so only cadres
 * without one can be candidates and no other row is read.
 */
export async function findNamesakes(actor: Actor, names: readonly string[], withoutIdOnly = false) {
  const byKey = new Map<string, Namesake[]>();
  if (names.length) {
    const rows = await prisma.cadre.findMany({
      where: {
        AND: [
          cadreScope(actor, "update"),
          { name: { in: [...new Set(names)] } },
          ...(withoutIdOnly ? [{ idNumberHash: null }] : []),
        ],
      },
      select: { id: true, version: true, name: true, unitId: true, birthDate: true, idNumberHash: true },
    });
    for (const r of rows) {
      const key = keyOf(r.name, r.birthDate.toISOString());
      byKey.set(key, [...(byKey.get(key) ?? []), { ...r, hasIdNumber: r.idNumberHash !== null }]);
    }
  }
  return (name: string, birth: string, fileHasId: boolean): Namesake[] =>
    (byKey.get(keyOf(name, birth)) ?? []).filter((n) => !(fileHasId && n.hasIdNumber));
}
