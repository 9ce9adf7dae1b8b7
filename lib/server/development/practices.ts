import "server-only";
// Practice postings (实践锻炼: 挂职, 墩苗, 交流, 跟班学习, 专项工作). A 墩苗 posting is checked
// against SX-DOWN-* before it is saved (dunmiao-check.ts); the check's outcome goes into the
// audit row with the posting.
import type { PracticeKind, Prisma } from "@/lib/generated/prisma/client";
import type { DunmiaoRole } from "@/lib/rules";
import { auditBy, auditDiff, writeAudit, refusedRead } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { NotFoundError, UserFacingError } from "@/lib/errors/user-facing";
import type { PracticeFields } from "@/lib/validation/development/practice";
import { developmentCadreScope } from "./access";
import { withheldFor } from "@/lib/server/authz/labels";
import { checkDunmiao, checkSummary, type DunmiaoCheck } from "./dunmiao-check";

export type PracticeSaveResult =
  { ok: true; id: string; check: DunmiaoCheck | null } | { ok: false; check: DunmiaoCheck };

export interface PracticeListFilter {
  kind?: PracticeKind;
  /** ACTIVE: no actual end yet; ENDED: ended */
  status?: "ACTIVE" | "ENDED";
}

const CADRE = {
  select: {
    id: true,
    name: true,
    birthDate: true,
    rank: true,
    currentPostTitle: true,
    unit: { select: { name: true } },
  },
} as const;

export async function listPractices(actor: Actor, f: PracticeListFilter = {}) {
  const and: Prisma.PracticeWhereInput[] = [{ cadre: developmentCadreScope(actor, "read") }];
  if (f.kind) and.push({ kind: f.kind });
  if (f.status === "ACTIVE") and.push({ actualEndDate: null });
  if (f.status === "ENDED") and.push({ actualEndDate: { not: null } });
  return prisma.practice.findMany({
    where: { AND: and },
    include: { cadre: CADRE },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
  });
}

export async function getPractice(actor: Actor, id: string) {
  const row = await prisma.practice.findFirst({
    where: { id, cadre: developmentCadreScope(actor, "read") },
    include: { cadre: CADRE },
  });
  if (!row) throw await refusedRead(actor, "Practice", id, "实践锻炼记录");
  return row;
}

/** Host unit id → its name (a host may be any district unit: it is where the cadre goes). */
async function hostName(fields: PracticeFields): Promise<string | null> {
  if (!fields.hostUnitId) return fields.hostUnitName;
  const unit = await prisma.unit.findFirst({
    where: { id: fields.hostUnitId, archivedAt: null },
    select: { name: true },
  });
  if (!unit) throw new NotFoundError("接收单位");
  return unit.name;
}

function columns(fields: PracticeFields, hostUnitName: string | null) {
  const { dunmiaoRole: _role, ...rest } = fields;
  void _role;
  return { ...rest, hostUnitName };
}

export async function createPractice(
  actor: Actor,
  input: PracticeFields & { cadreId: string },
): Promise<PracticeSaveResult> {
  const scope = developmentCadreScope(actor, "manage");
  const { cadreId, ...fields } = input;
  const cadre = await prisma.cadre.findFirst({ where: { AND: [{ id: cadreId }, scope] }, select: { id: true } });
  if (!cadre) throw await refusedRead(actor, "Cadre", cadreId, "干部");
  const check =
    fields.kind === "DUNMIAO"
      ? await checkDunmiao(
          cadreId,
          fields.dunmiaoRole as DunmiaoRole,
          fields.startDate,
          fields.overrideReason,
          withheldFor(actor),
        )
      : null;
  if (check && check.outcome !== "OK") return { ok: false, check };
  const data = {
    ...columns(fields, await hostName(fields)),
    cadreId,
    overrideReason: check?.lines.some((l) => !l.passed) ? fields.overrideReason : null,
  };
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.practice.create({ data });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "practice.create",
      objectType: "Practice",
      objectId: created.id,
      result: "SUCCESS",
      diff: { ...auditDiff(null, data), ...(check ? { dunmiaoCheck: { from: null, to: checkSummary(check) } } : {}) },
    });
    return created;
  });
  return { ok: true, id: row.id, check };
}

/**
 * Updates a posting (end dates, evaluations, special assessment …). Turning a posting into a
 * 墩苗 posting runs the 墩苗 check as on creation; a 墩苗 posting's later edits do not repeat it.
 */
export async function updatePractice(
  actor: Actor,
  input: PracticeFields & { id: string; version: number },
): Promise<PracticeSaveResult> {
  const scope = developmentCadreScope(actor, "manage");
  const { id, version, ...fields } = input;
  const before = await prisma.practice.findFirst({ where: { id, cadre: scope } });
  if (!before) throw await refusedRead(actor, "Practice", id, "实践锻炼记录");
  const becomesDunmiao = fields.kind === "DUNMIAO" && before.kind !== "DUNMIAO";
  if (becomesDunmiao && !fields.dunmiaoRole) throw new UserFacingError("改为墩苗时请选择墩苗任职岗位");
  const check = becomesDunmiao
    ? await checkDunmiao(
        before.cadreId,
        fields.dunmiaoRole as DunmiaoRole,
        fields.startDate,
        fields.overrideReason,
        withheldFor(actor),
      )
    : null;
  if (check && check.outcome !== "OK") return { ok: false, check };
  const data = {
    ...columns(fields, await hostName(fields)),
    overrideReason: check ? (check.lines.some((l) => !l.passed) ? fields.overrideReason : null) : before.overrideReason,
  };
  await prisma.$transaction(async (tx) => {
    await updateVersioned(tx.practice, "Practice", id, version, data);
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "practice.update",
      objectType: "Practice",
      objectId: id,
      result: "SUCCESS",
      diff: { ...auditDiff(before, data), ...(check ? { dunmiaoCheck: { from: null, to: checkSummary(check) } } : {}) },
    });
  });
  return { ok: true, id, check };
}
