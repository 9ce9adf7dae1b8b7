import "server-only";
// 处分、组织处理 (Sanction rows) and 个人有关事项报告 (PersonalMattersReport rows): both labelled
// 高度敏感, so saveRecord refuses and audits an editor without the clearance (RECORD_SETS).
// The hard rules read them: a sanction in its 影响期 (ZZ15-EXCL), a report found 漏报/瞒报 (ZZ15-PMR).
import type { SaveResult } from "@/lib/cadres/conflict";
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { toDay } from "@/lib/rules";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { personalMattersSchema, sanctionSchema } from "@/lib/validation/cadre-file-records";
import type { z } from "zod";
import { day, saveRecord } from "./write-records";

export function saveSanction(actor: Actor, input: z.output<typeof sanctionSchema>): Promise<SaveResult> {
  const data = {
    kind: input.kind,
    decidedOn: toDay(input.decidedOn),
    effectEndsOn: day(input.effectEndsOn),
    authority: input.authority || null,
    reason: input.reason || null,
    tolerated: input.tolerated,
    revokedAt: day(input.revokedAt),
  };
  return saveRecord(actor, {
    kind: "Sanction",
    action: "sanction",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    find: (id) => prisma.sanction.findFirst({ where: { id, archivedAt: null } }),
    create: (tx) =>
      tx.sanction.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true, version: true } }),
    update: (tx, id, v) => updateVersioned(tx.sanction, "Sanction", id, v, data),
  });
}

const duplicateYear = (year: number) => new FieldError("year", `${year}年度个人有关事项报告已登记，请在原记录上修改`);

export function savePersonalMatters(actor: Actor, input: z.output<typeof personalMattersSchema>): Promise<SaveResult> {
  const data = {
    year: input.year,
    submittedOn: day(input.submittedOn),
    checked: input.checkResult !== "UNCHECKED",
    falseOrMissing: input.checkResult === "FALSE_OR_MISSING",
    note: input.note || null,
  };
  return saveRecord(actor, {
    kind: "PersonalMattersReport",
    action: "personalMatters",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    find: (id) => prisma.personalMattersReport.findFirst({ where: { id, archivedAt: null } }),
    create: async (tx) => {
      const dup = await tx.personalMattersReport.findUnique({
        where: { cadreId_year: { cadreId: input.cadreId, year: input.year } },
        select: { id: true, archivedAt: true },
      });
      if (dup && !dup.archivedAt) throw duplicateYear(input.year);
      // one row per year (a unique key): a year once 作废 is entered again on the same row,
      // brought back with the new values (the audit trail keeps both)
      if (dup)
        return tx.personalMattersReport.update({
          where: { id: dup.id },
          data: { ...data, archivedAt: null, version: { increment: 1 } },
          select: { id: true, version: true },
        });
      return tx.personalMattersReport.create({
        data: { ...data, cadreId: input.cadreId },
        select: { id: true, version: true },
      });
    },
    update: async (tx, id, v) => {
      const dup = await tx.personalMattersReport.findFirst({
        where: { cadreId: input.cadreId, year: input.year, NOT: { id } },
        select: { id: true },
      });
      if (dup) throw duplicateYear(input.year);
      await updateVersioned(tx.personalMattersReport, "PersonalMattersReport", id, v, data);
    },
  });
}
