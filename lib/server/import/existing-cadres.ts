import "server-only";
// Existing cadres an import matches by 身份证号 (keyed hash), never by name. Records the actor
// may update are loaded through cadreScope; for the rest only the fact that the number is
// taken is read, so a unit user learns "registered elsewhere" and nothing more.
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import type { StoredCadre } from "@/lib/import/cadre-patch";

export const STORED_CADRE_SELECT = {
  id: true,
  version: true,
  name: true,
  gender: true,
  birthDate: true,
  ethnicity: true,
  politicalStatus: true,
  democraticParty: true,
  unitId: true,
  nativePlace: true,
  birthplace: true,
  partyJoinDate: true,
  workStartDate: true,
  health: true,
  currentPostTitle: true,
  rank: true,
  rankSince: true,
  grade: true,
  gradeSince: true,
  establishmentType: true,
  professionalTitle: true,
  expertise: true,
  familiarDomains: true,
  rewardsAndPunishments: true,
  idNumberHash: true,
  educationRecords: {
    select: { id: true, version: true, fullTime: true, level: true, degree: true, school: true, major: true },
    orderBy: { id: "asc" },
  },
} as const;

export interface ExistingCadres {
  /** hash → the stored record the actor may update */
  editable: Map<string, StoredCadre & { idNumberHash: string | null }>;
  /** hashes taken by cadres outside the actor's scope */
  elsewhere: Set<string>;
}

/**
 * Which of the numbers are registered at all: ids only, no personal data. (Raw, because
 * Prisma's `in` with thousands of values costs about 0.1 ms per value; `= ANY($1)` is one
 * parameter.)
 */
export async function takenHashes(hashes: readonly string[]): Promise<Array<{ id: string; idNumberHash: string }>> {
  if (!hashes.length) return [];
  return prisma.$queryRaw<
    Array<{ id: string; idNumberHash: string }>
  >`SELECT id, "idNumberHash" FROM "Cadre" WHERE "idNumberHash" = ANY(${[...hashes]}::text[])`;
}

export function ids5000(taken: ReadonlyArray<{ id: string }>): string[][] {
  const ids = taken.map((t) => t.id);
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += 5_000) out.push(ids.slice(i, i + 5_000));
  return out;
}

export async function loadExistingCadres(actor: Actor, hashes: readonly string[]): Promise<ExistingCadres> {
  const taken = await takenHashes(hashes);
  const editable: ExistingCadres["editable"] = new Map();
  for (const chunk of ids5000(taken)) {
    const mine = await prisma.cadre.findMany({
      where: { AND: [cadreScope(actor, "update"), { id: { in: chunk } }] },
      select: STORED_CADRE_SELECT,
    });
    for (const c of mine) editable.set(c.idNumberHash!, c);
  }
  const elsewhere = new Set(taken.filter((t) => !editable.has(t.idNumberHash)).map((t) => t.idNumberHash));
  return { editable, elsewhere };
}
