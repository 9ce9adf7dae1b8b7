import "server-only";
// 年度研判 and 出库. Entries are closed (closedOn, exitReason, exitNote), never deleted; both
// writes bump the entry's version, so a review and an exit made at the same time cannot both
// land on a stale view.
import type { SaveResult } from "@/lib/cadres/conflict";
import { poolExitReasonLabel } from "@/lib/labels";
import { toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import { poolScope } from "@/lib/server/authz/scope";
import { FieldError } from "@/lib/errors/field-errors";
import { describeConflict, labelFormat } from "@/lib/server/cadres/conflict";
import { StaleVersionError, updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { exitPoolSchema, reviewPoolSchema } from "@/lib/validation/pool";
import type { z } from "zod";

const LABELS = { closedOn: "出库日期", exitReason: "出库原因", exitNote: "出库说明" };
const FORMATS = { exitReason: labelFormat(poolExitReasonLabel) };
/** the saves that bump an entry's version (printing and exporting the pool are not) */
const WRITE_ACTIONS = ["pool.exit", "pool.review"];

async function openEntry(actor: Actor, entryId: string) {
  const entry = await prisma.poolEntry.findFirst({ where: { AND: [{ id: entryId }, poolScope(actor, "manage")] } });
  if (!entry) throw await refusedRead(actor, "PoolEntry", entryId, "入库记录");
  return entry;
}

async function conflictFor(entryId: string, expected: number): Promise<SaveResult> {
  const now = await prisma.poolEntry.findUniqueOrThrow({ where: { id: entryId }, select: { version: true } });
  return {
    ok: false,
    conflict: await describeConflict({
      objectType: "PoolEntry",
      objectId: entryId,
      actions: WRITE_ACTIONS,
      expectedVersion: expected,
      currentVersion: now.version,
      labels: LABELS,
      formats: FORMATS,
    }),
  };
}

export async function exitPool(actor: Actor, input: z.output<typeof exitPoolSchema>): Promise<SaveResult> {
  const entry = await openEntry(actor, input.entryId);
  if (entry.closedOn && entry.version === input.version) throw new FieldError("exitReason", "该入库记录已办理出库");
  const closedOn = toDay(input.closedOn);
  if (closedOn < entry.enteredOn) throw new FieldError("closedOn", "出库日期不能早于入库日期");
  const data = { closedOn, exitReason: input.exitReason, exitNote: input.exitNote };
  try {
    await prisma.$transaction(async (tx) => {
      await updateVersioned(tx.poolEntry, "PoolEntry", entry.id, input.version, data);
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "pool.exit",
        objectType: "PoolEntry",
        objectId: entry.id,
        result: "SUCCESS",
        diff: auditDiff(entry, data),
      });
    });
  } catch (e) {
    if (e instanceof StaleVersionError) return conflictFor(entry.id, input.version);
    throw e;
  }
  return { ok: true, id: entry.id, version: input.version + 1 };
}

export async function reviewPool(actor: Actor, input: z.output<typeof reviewPoolSchema>): Promise<SaveResult> {
  const entry = await openEntry(actor, input.entryId);
  if (entry.closedOn) throw new FieldError("conclusion", "该入库记录已出库，不再研判");
  const dup = await prisma.poolReview.findUnique({
    where: { poolEntryId_year: { poolEntryId: entry.id, year: input.year } },
    select: { id: true },
  });
  if (dup) throw new FieldError("year", `${input.year}年度已研判，请勿重复登记`);
  const reviewedOn = toDay(input.reviewedOn);
  const close =
    input.conclusion === "EXIT" && input.exitReason
      ? { closedOn: reviewedOn, exitReason: input.exitReason, exitNote: input.notes }
      : {};
  try {
    await prisma.$transaction(async (tx) => {
      await updateVersioned(tx.poolEntry, "PoolEntry", entry.id, input.version, close);
      const review = await tx.poolReview.create({
        data: {
          poolEntryId: entry.id,
          year: input.year,
          reviewedOn,
          conclusion: input.conclusion,
          readiness: input.readiness || null,
          notes: input.notes || null,
          reviewerId: actor.userId,
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "pool.review",
        objectType: "PoolEntry",
        objectId: entry.id,
        result: "SUCCESS",
        diff: {
          reviewId: review.id,
          year: input.year,
          conclusion: input.conclusion,
          readiness: input.readiness || null,
          notes: input.notes,
          ...auditDiff(entry, close),
        },
      });
    });
  } catch (e) {
    if (e instanceof StaleVersionError) return conflictFor(entry.id, input.version);
    throw e;
  }
  return { ok: true, id: entry.id, version: input.version + 1 };
}
