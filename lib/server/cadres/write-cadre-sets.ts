import "server-only";
// The information sets kept on the cadre row itself, each with its own editor: 奖惩情况 (text,
// labelled with the sanctions: 高度敏感), the other ZZ15-EXCL facts (群众公认度不高, 跑官拉票,
// 其他原因: GENERAL) and the photo. Each save is versioned on the cadre (as the basic form is)
// and audited as cadre.update, so a stale basic form names what changed and who changed it.
// The photo's bytes are checked by their own signature, and never go into the audit row.
import type { SaveResult } from "@/lib/cadres/conflict";
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { NotFoundError } from "@/lib/errors/user-facing";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { assertMayRead } from "@/lib/server/authz/labels";
import { cadreScope } from "@/lib/server/authz/scope";
import { StaleVersionError, updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { exclusionsSchema, rewardsSchema } from "@/lib/validation/cadre-file-records";
import {
  PHOTO_MAX_BYTES,
  PHOTO_NOT_IMAGE,
  PHOTO_TOO_LARGE,
  photoMimeOf,
  type photoSchema,
} from "@/lib/validation/cadre-photo";
import type { z } from "zod";
import { describeConflict } from "./conflict";

const LABELS = {
  rewardsAndPunishments: "奖惩情况",
  lowPublicRecognition: "群众公认度不高",
  canvassingRecorded: "跑官、拉票",
  otherExclusionNote: "其他不宜提拔的原因",
  photo: "照片",
};

const SELECT = {
  id: true,
  version: true,
  rewardsAndPunishments: true,
  lowPublicRecognition: true,
  canvassingRecorded: true,
  otherExclusionNote: true,
  photoMime: true,
} as const;

async function saveOnCadre(
  actor: Actor,
  cadreId: string,
  version: number,
  data: Record<string, unknown>,
  diff: (before: Record<string, unknown>) => Record<string, unknown>,
  labels: Record<string, string>,
): Promise<SaveResult> {
  const before = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor, "update")] },
    select: SELECT,
  });
  if (!before) throw new NotFoundError("干部");
  try {
    await prisma.$transaction(async (tx) => {
      await updateVersioned(tx.cadre, "Cadre", cadreId, version, data);
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "cadre.update",
        objectType: "Cadre",
        objectId: cadreId,
        result: "SUCCESS",
        diff: diff(before),
      });
    });
  } catch (e) {
    if (!(e instanceof StaleVersionError)) throw e;
    return {
      ok: false,
      conflict: await describeConflict({
        objectType: "Cadre",
        objectId: cadreId,
        actions: ["cadre.update"],
        expectedVersion: version,
        currentVersion: before.version,
        labels,
      }),
    };
  }
  return { ok: true, id: cadreId, version: version + 1 };
}

export async function saveRewards(actor: Actor, input: z.output<typeof rewardsSchema>): Promise<SaveResult> {
  await assertCadreInScope(actor, input.cadreId);
  await assertMayRead(actor, "sanctions", { type: "Cadre", id: input.cadreId }, { purpose: "edit", record: "rewards" });
  const data = { rewardsAndPunishments: input.rewardsAndPunishments || null };
  return saveOnCadre(actor, input.cadreId, input.version, data, (b) => auditDiff(b, data), {
    rewardsAndPunishments: LABELS.rewardsAndPunishments,
  });
}

export function saveExclusions(actor: Actor, input: z.output<typeof exclusionsSchema>): Promise<SaveResult> {
  const data = {
    lowPublicRecognition: input.lowPublicRecognition,
    canvassingRecorded: input.canvassingRecorded,
    otherExclusionNote: input.otherExclusionNote || null,
  };
  const labels = {
    lowPublicRecognition: LABELS.lowPublicRecognition,
    canvassingRecorded: LABELS.canvassingRecorded,
    otherExclusionNote: LABELS.otherExclusionNote,
  };
  return saveOnCadre(actor, input.cadreId, input.version, data, (b) => auditDiff(b, data), labels);
}

export function saveCadrePhoto(actor: Actor, input: z.output<typeof photoSchema>): Promise<SaveResult> {
  const bytes = Buffer.from(input.photo, "base64");
  if (bytes.length > PHOTO_MAX_BYTES) throw new FieldError("photo", PHOTO_TOO_LARGE);
  const mime = photoMimeOf(bytes);
  if (!mime) throw new FieldError("photo", PHOTO_NOT_IMAGE);
  return saveOnCadre(
    actor,
    input.cadreId,
    input.version,
    { photo: bytes, photoMime: mime },
    // never the bytes: the audit row says only that the photo changed
    (b) => ({
      photo: { from: b.photoMime ? "原照片" : "无", to: "已更新" },
      photoMime: { from: b.photoMime, to: mime },
    }),
    { photo: LABELS.photo },
  );
}

/** Out of scope is not found, before any label refusal is recorded against the cadre. */
async function assertCadreInScope(actor: Actor, cadreId: string) {
  const c = await prisma.cadre.findFirst({
    where: { AND: [{ id: cadreId }, cadreScope(actor, "update")] },
    select: { id: true },
  });
  if (!c) throw new NotFoundError("干部");
}
