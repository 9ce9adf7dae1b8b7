import "server-only";
// 作废: a family member, sanction, personal-matters report or closed 职务层次/职级 period entered
// in error is archived, never deleted. The row stays (with its audit trail) and leaves every view and every rule
// (PROFILE_INCLUDE and CADRE_FACTS_INCLUDE read archivedAt: null). Versioned like a save; a
// labelled kind needs the clearance, as its editor does.
import type { SaveResult } from "@/lib/cadres/conflict";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import { auditBy, writeAudit } from "@/lib/server/audit";
import { assertMayRead } from "@/lib/server/authz/labels";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { archiveRecordSchema } from "@/lib/validation/cadre-file-records";
import type { z } from "zod";
import { describeConflict } from "./conflict";
import { RECORD_FIELD_LABELS, RECORD_FORMATS, RECORD_WRITE_ACTIONS } from "./record-labels";
import { familyLabels, guardAbroadRelative } from "./write-family";
import { OPEN_PERIOD_MESSAGE } from "./write-rank-records";
import { assertCadre, RECORD_SETS } from "./write-records";

type ArchiveInput = z.output<typeof archiveRecordSchema>;

const AUDIT_ACTION = {
  FamilyMember: "family",
  Sanction: "sanction",
  PersonalMattersReport: "personalMatters",
  RankRecord: "rankRecord",
} as const;

/** The stored version of a live (not archived) row of the cadre, or null. */
async function liveVersion(i: ArchiveInput): Promise<number | null> {
  const where = { id: i.id, cadreId: i.cadreId, archivedAt: null };
  const select = { version: true } as const;
  const row =
    i.kind === "FamilyMember"
      ? await prisma.familyMember.findFirst({ where, select })
      : i.kind === "Sanction"
        ? await prisma.sanction.findFirst({ where, select })
        : i.kind === "PersonalMattersReport"
          ? await prisma.personalMattersReport.findFirst({ where, select })
          : await prisma.rankRecord.findFirst({ where, select });
  return row?.version ?? null;
}

export async function archiveRecord(actor: Actor, input: ArchiveInput): Promise<SaveResult> {
  await assertCadre(actor, input.cadreId);
  const set = RECORD_SETS[input.kind];
  if (set)
    await assertMayRead(actor, set, { type: "Cadre", id: input.cadreId }, { purpose: "edit", record: input.kind });
  if (input.kind === "FamilyMember") await guardAbroadRelative(actor, input.cadreId, input.id, "archive");
  if (input.kind === "RankRecord") {
    const period = await prisma.rankRecord.findFirst({
      where: { id: input.id, cadreId: input.cadreId, archivedAt: null },
      select: { endDate: true },
    });
    if (period && !period.endDate) throw new UserFacingError(OPEN_PERIOD_MESSAGE);
  }
  const stored = await liveVersion(input);
  if (stored === null) throw new NotFoundError("记录");
  const now = new Date();
  try {
    await prisma.$transaction(async (tx) => {
      const where = { id: input.id, version: input.version, archivedAt: null };
      const data = { archivedAt: now, version: { increment: 1 } };
      const r =
        input.kind === "FamilyMember"
          ? await tx.familyMember.updateMany({ where, data })
          : input.kind === "Sanction"
            ? await tx.sanction.updateMany({ where, data })
            : input.kind === "PersonalMattersReport"
              ? await tx.personalMattersReport.updateMany({ where, data })
              : // the open period is the cadre's current rank: never archived (a check, too)
                await tx.rankRecord.updateMany({ where: { ...where, endDate: { not: null } }, data });
      if (r.count !== 1) throw new StaleVersionError(input.kind, input.id, input.version);
      await writeAudit(tx, {
        ...auditBy(actor),
        action: `${AUDIT_ACTION[input.kind]}.archive`,
        objectType: input.kind,
        objectId: input.id,
        result: "SUCCESS",
        diff: { cadreId: input.cadreId, archivedAt: { from: null, to: now.toISOString() } },
      });
    });
  } catch (e) {
    if (!(e instanceof StaleVersionError)) throw e;
    return {
      ok: false,
      conflict: await describeConflict({
        objectType: input.kind,
        objectId: input.id,
        actions: RECORD_WRITE_ACTIONS[input.kind],
        expectedVersion: input.version,
        currentVersion: (await liveVersion(input)) ?? stored + 1,
        labels: input.kind === "FamilyMember" ? familyLabels(actor) : RECORD_FIELD_LABELS[input.kind],
        formats: RECORD_FORMATS[input.kind],
      }),
    };
  }
  return { ok: true, id: input.id, version: input.version + 1 };
}
