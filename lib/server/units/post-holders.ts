import "server-only";
// A leadership post holds one person at a time. Both ways of writing an appointment — 任职 on
// the units page and the 任职经历 of a cadre's record — ask this inside their transaction, and
// bump the post's version there, so two writes to one post cannot both pass the check.
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format/dates";

export interface HolderClash {
  message: string;
}

/**
 * Another appointment to the post whose period meets [start, end] (end null: still running),
 * described for the user; null when the post is free then. `exceptId`: the appointment being
 * edited. For a non-leadership post only the same cadre's overlapping appointment clashes.
 */
export async function clashingHolder(
  tx: Prisma.TransactionClient,
  post: { id: string; isLeadership: boolean },
  period: { cadreId: string; start: Date; end: Date | null; exceptId?: string },
): Promise<HolderClash | null> {
  const other = await tx.appointment.findFirst({
    where: {
      postId: post.id,
      ...(period.exceptId ? { id: { not: period.exceptId } } : {}),
      ...(post.isLeadership ? {} : { cadreId: period.cadreId }),
      ...(period.end ? { startDate: { lte: period.end } } : {}),
      OR: [{ endDate: null }, { endDate: { gte: period.start } }],
    },
    select: { startDate: true, endDate: true, cadre: { select: { name: true } } },
    orderBy: { startDate: "desc" },
  });
  if (!other) return null;
  const until = other.endDate ? `至${formatDate(other.endDate)}` : "至今";
  return {
    message: `该职位在此期间已有任职人员（${other.cadre.name}，${formatDate(other.startDate)}${until}），请先办理免职或调整任职时间`,
  };
}

/** Bumps the post's version: concurrent appointments to one post serialise on it. */
export async function touchPost(tx: Prisma.TransactionClient, postId: string): Promise<void> {
  await tx.post.update({ where: { id: postId }, data: { version: { increment: 1 } } });
}
