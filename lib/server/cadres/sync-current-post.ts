import "server-only";
// Keeps Cadre.currentPostTitle, unitId, rank and rankSince equal to what the appointment history
// gives (lib/cadres/current-post.ts has the rules). Every path that writes an appointment calls
// syncCurrentPost inside its own transaction, after the write and before its audit row: 任职 and
// 免职 on the units page, the record editor's 任职经历, a nomination's 任职, the imports.
import {
  CURRENT_POST_FIELDS,
  currentPostDrift,
  deriveCurrentPost,
  type CurrentPostFields,
} from "@/lib/cadres/current-post";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { lockCadre } from "@/lib/server/concurrency";

type Db = Pick<Prisma.TransactionClient, "cadre">;

export const HISTORY_SELECT = {
  id: true,
  name: true,
  establishmentType: true,
  grade: true,
  workStartDate: true,
  currentPostTitle: true,
  unitId: true,
  rank: true,
  rankSince: true,
  appointments: {
    select: {
      id: true,
      startDate: true,
      endDate: true,
      post: {
        select: {
          title: true,
          rank: true,
          isLeadership: true,
          unitId: true,
          unit: { select: { name: true, shortName: true, type: true } },
        },
      },
    },
  },
} satisfies Prisma.CadreSelect;

type CadreWithHistory = Prisma.CadreGetPayload<{ select: typeof HISTORY_SELECT }>;

export interface CurrentPostChange {
  cadreId: string;
  name: string;
  before: CurrentPostFields;
  /** only the fields that differ, with the value the history gives */
  change: Partial<CurrentPostFields>;
}

/** The cadres' stored fields that disagree with their history on asOf (empty when all agree). */
export function driftOf(rows: readonly CadreWithHistory[], asOf: Date): CurrentPostChange[] {
  const out: CurrentPostChange[] = [];
  for (const c of rows) {
    const derived = deriveCurrentPost(c, c.appointments, asOf);
    if (!derived) continue;
    const before = Object.fromEntries(CURRENT_POST_FIELDS.map((k) => [k, c[k]])) as unknown as CurrentPostFields;
    const change = currentPostDrift(before, derived);
    if (Object.keys(change).length) out.push({ cadreId: c.id, name: c.name, before, change });
  }
  return out;
}

/** Reads the cadres with their history; `where` narrows (the consistency check pages by id). */
export function readWithHistory(db: Db, where: Prisma.CadreWhereInput, take?: number) {
  return db.cadre.findMany({ where, select: HISTORY_SELECT, orderBy: { id: "asc" }, take });
}

/**
 * Recomputes the cadres' current post, unit and rank from their appointments on asOf and writes
 * the fields that differ, bumping the version (an edit of 基本信息 opened before this conflicts
 * rather than writing the old post back). With `by`, each changed cadre gets its own
 * `cadre.update` audit row (so the conflict on the basic form can name this change); without
 * it the caller records the returned changes in its own audit row (the imports).
 * Returns the changes (empty: everything already agreed).
 */
export async function syncCurrentPosts(
  tx: Prisma.TransactionClient,
  cadreIds: readonly string[],
  asOf: Date,
  by?: Actor,
): Promise<CurrentPostChange[]> {
  if (!cadreIds.length) return [];
  const changes = driftOf(await readWithHistory(tx, { id: { in: [...cadreIds] } }), asOf);
  for (const c of changes) {
    await tx.cadre.update({ where: { id: c.cadreId }, data: { ...c.change, version: { increment: 1 } } });
    if (by)
      await writeAudit(tx, {
        ...auditBy(by),
        action: "cadre.update",
        objectType: "Cadre",
        objectId: c.cadreId,
        result: "SUCCESS",
        diff: { ...auditDiff({ ...c.before }, { ...c.change }), source: "appointments" },
      });
  }
  return changes;
}

/**
 * One cadre: locks the row first, so two appointment writes for the same cadre at once sync one
 * after the other and the second sees the first's appointment.
 */
export async function syncCurrentPost(
  tx: Prisma.TransactionClient,
  cadreId: string,
  asOf: Date,
  by?: Actor,
): Promise<CurrentPostChange | null> {
  await lockCadre(tx, cadreId);
  const [change] = await syncCurrentPosts(tx, [cadreId], asOf, by);
  return change ?? null;
}
