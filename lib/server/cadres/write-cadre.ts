import "server-only";
// Creating and editing a cadre's basic information. One transaction per save: the versioned
// update (a stale version is refused, never overwritten), the derived pinyin, the encrypted
// 身份证号 and its lookup hash, and the audit row with the diff.
import type { Prisma } from "@/lib/generated/prisma/client";
import { CADRE_FIELD_LABELS } from "@/lib/cadres/cadre-fields";
import type { SaveResult } from "@/lib/cadres/conflict";
import { namePinyinOf } from "@/lib/format/name-pinyin";
import {
  cadreStatusLabel,
  establishmentTypeLabel,
  genderLabel,
  gradeLabel,
  healthStatusLabel,
  politicalStatusLabel,
  rankLabel,
} from "@/lib/labels";
import { toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { cadreScope, unitScope } from "@/lib/server/authz/scope";
import { StaleVersionError, updateVersioned } from "@/lib/server/concurrency";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/errors/user-facing";
import { splitDomains, type CadreBasic } from "@/lib/validation/cadre";
import { normalizeIdNumber } from "@/lib/validation/id-number";
import { describeConflict, labelFormat, type Formatter } from "./conflict";
import { FieldError } from "@/lib/errors/field-errors";

const day = (s: string) => (s ? toDay(s) : null);
const text = (s: string) => (s ? s : null);

export const CADRE_FORMATS = {
  gender: labelFormat(genderLabel),
  politicalStatus: labelFormat(politicalStatusLabel),
  health: labelFormat(healthStatusLabel),
  rank: labelFormat(rankLabel),
  grade: labelFormat(gradeLabel),
  establishmentType: labelFormat(establishmentTypeLabel),
  status: labelFormat(cadreStatusLabel),
};

/** The conflict shows a unit by name, looked up in the actor's unit scope (never the raw id). */
function unitNameFormat(actor: Actor): Formatter {
  return async (v) => {
    const unit = await prisma.unit.findFirst({
      where: { AND: [{ id: String(v) }, unitScope(actor)] },
      select: { name: true },
    });
    return unit?.name ?? "（其他单位）";
  };
}

async function resolveUnitId(actor: Actor, unitId: string): Promise<string | null> {
  // A unit party committee records cadres of its own unit only.
  if (actor.role === "UNIT") return actor.unitId;
  if (!unitId) return null;
  const unit = await prisma.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(actor)] },
    select: { id: true },
  });
  if (!unit) throw new FieldError("unitId", "请选择有效的单位");
  return unit.id;
}

async function idNumberData(input: CadreBasic, selfId: string | null) {
  if (!input.idNumber) return {};
  const plain = normalizeIdNumber(input.idNumber);
  const hash = hashIdNumber(plain);
  const other = await prisma.cadre.findFirst({
    where: { idNumberHash: hash, NOT: selfId ? { id: selfId } : undefined },
    select: { id: true },
  });
  if (other) throw new FieldError("idNumber", "该身份证号已登记在另一名干部名下，请核对");
  return { idNumberCipher: encryptIdNumber(plain), idNumberHash: hash };
}

async function toData(actor: Actor, input: CadreBasic, selfId: string | null) {
  return {
    name: input.name,
    ...namePinyinOf(input.name),
    gender: input.gender,
    birthDate: toDay(input.birthDate),
    ...(await idNumberData(input, selfId)),
    ethnicity: input.ethnicity,
    nativePlace: text(input.nativePlace),
    birthplace: text(input.birthplace),
    politicalStatus: input.politicalStatus,
    partyJoinDate: day(input.partyJoinDate),
    democraticParty: input.politicalStatus === "DEMOCRATIC_PARTY" ? text(input.democraticParty) : null,
    workStartDate: day(input.workStartDate),
    health: input.health,
    professionalTitle: text(input.professionalTitle),
    expertise: text(input.expertise),
    familiarDomains: splitDomains(input.familiarDomains),
    rank: input.rank || null,
    rankSince: day(input.rankSince),
    grade: input.grade || null,
    gradeSince: day(input.gradeSince),
    establishmentType: input.establishmentType,
    status: input.status,
    unitId: await resolveUnitId(actor, input.unitId),
    currentPostTitle: text(input.currentPostTitle),
  } satisfies Prisma.CadreUncheckedUpdateInput;
}

export async function createCadre(actor: Actor, input: CadreBasic): Promise<SaveResult> {
  cadreScope(actor, "create"); // permission check
  const data = await toData(actor, input, null);
  const created = await prisma.$transaction(async (tx) => {
    const c = await tx.cadre.create({ data, select: { id: true, version: true } });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "cadre.create",
      objectType: "Cadre",
      objectId: c.id,
      result: "SUCCESS",
      diff: auditDiff(null, data, { ignore: ["namePinyin", "namePinyinInitials"] }),
    });
    return c;
  });
  return { ok: true, id: created.id, version: created.version };
}

export async function updateCadre(
  actor: Actor,
  input: CadreBasic & { id: string; version: number },
): Promise<SaveResult> {
  const before = await prisma.cadre.findFirst({
    where: { AND: [{ id: input.id }, cadreScope(actor, "update")] },
    omit: { photo: true },
  });
  if (!before) throw new NotFoundError("干部");
  const data = await toData(actor, input, before.id);
  try {
    await prisma.$transaction(async (tx) => {
      await updateVersioned(tx.cadre, "Cadre", before.id, input.version, data);
      await writeAudit(tx, {
        ...auditBy(actor),
        action: "cadre.update",
        objectType: "Cadre",
        objectId: before.id,
        result: "SUCCESS",
        diff: auditDiff(before, data, { ignore: ["namePinyin", "namePinyinInitials"] }),
      });
    });
  } catch (e) {
    if (!(e instanceof StaleVersionError)) throw e;
    const now = await prisma.cadre.findUniqueOrThrow({ where: { id: before.id }, select: { version: true } });
    return {
      ok: false,
      conflict: await describeConflict({
        objectType: "Cadre",
        objectId: before.id,
        actions: ["cadre.update"],
        expectedVersion: input.version,
        currentVersion: now.version,
        labels: CADRE_FIELD_LABELS,
        formats: { ...CADRE_FORMATS, unitId: unitNameFormat(actor) },
      }),
    };
  }
  return { ok: true, id: before.id, version: input.version + 1 };
}
