import "server-only";
// 家庭主要成员: add and edit a relative. The general fields (称谓, 姓名, 出生日期, 政治面貌, 工作单位
// 及职务, 已故) are GENERAL; 移居国（境）外 (emigrated, emigratedTo, emigratedOn) is labelled
// familyAbroad (高度敏感). An editor without that clearance never receives those fields, may edit
// the others, and the stored emigration stays as it is; if such an editor sends them anyway, the
// save is refused and audited. A conflict shown to that editor leaves the labelled fields out.
import type { SaveResult } from "@/lib/cadres/conflict";
import { mayRead } from "@/lib/authz/clearance";
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { UserFacingError } from "@/lib/errors/user-facing";
import { assertMayRead, auditLabelDenials } from "@/lib/server/authz/labels";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { familyMemberSchema } from "@/lib/validation/cadre-file-records";
import type { z } from "zod";
import { FAMILY_ABROAD_FIELDS, RECORD_FIELD_LABELS } from "./record-labels";
import { assertCadre, day, saveRecord, type Tx } from "./write-records";

type FamilyInput = z.output<typeof familyMemberSchema>;

const sentAbroad = (i: FamilyInput) =>
  i.emigrated !== undefined || i.emigratedTo !== undefined || i.emigratedOn !== undefined;

/** One living spouse at a time: a second one is most likely the same person entered twice. */
async function oneSpouse(tx: Tx, cadreId: string, relation: string, deceased: boolean, exceptId?: string) {
  if (relation !== "SPOUSE" || deceased) return;
  const other = await tx.familyMember.findFirst({
    where: {
      cadreId,
      relation: "SPOUSE",
      deceased: false,
      archivedAt: null,
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (other) throw new FieldError("relation", "已登记配偶，请在原记录上修改");
}

/** Said to an editor without the familyAbroad clearance: names no emigration, only the level. */
export const ABROAD_RELATIVE_MESSAGE = "该家庭成员含您的密级不能查看的信息，请由具有“高度敏感”密级的人员修改";

/**
 * The 裸官 guard: the relation of a relative (配偶、子女 count for ZZ15-EXCL family abroad) and
 * the relative's existence are part of that check, so an editor without the familyAbroad
 * clearance may not change the 称谓 of, nor 作废, a relative whose emigration is recorded. The
 * refusal is audited as a label denial and says only that the record holds what the editor may
 * not see. (The save and the archive are versioned: an emigration recorded after this read
 * bumps the version and the write is refused as stale.)
 */
export async function guardAbroadRelative(
  actor: Actor,
  cadreId: string,
  id: string,
  change: { relation: string } | "archive",
): Promise<void> {
  if (mayRead(actor.clearance, "familyAbroad")) return;
  const stored = await prisma.familyMember.findFirst({
    where: { id, cadreId, archivedAt: null },
    select: { relation: true, emigrated: true, emigratedTo: true, emigratedOn: true },
  });
  if (!stored || !(stored.emigrated || stored.emigratedTo || stored.emigratedOn)) return;
  if (change !== "archive" && change.relation === stored.relation) return;
  await auditLabelDenials(actor, { type: "FamilyMember", id }, ["familyAbroad"], {
    purpose: "edit",
    record: "FamilyMember",
    cadreId,
    change: change === "archive" ? "archive" : "relation",
  });
  if (change === "archive") throw new UserFacingError(ABROAD_RELATIVE_MESSAGE);
  throw new FieldError("relation", ABROAD_RELATIVE_MESSAGE);
}

/** The fields a conflict may name to this actor: without 移居 unless cleared for familyAbroad. */
export function familyLabels(actor: Actor): Record<string, string> {
  if (mayRead(actor.clearance, "familyAbroad")) return RECORD_FIELD_LABELS.FamilyMember;
  const hidden: readonly string[] = FAMILY_ABROAD_FIELDS;
  return Object.fromEntries(Object.entries(RECORD_FIELD_LABELS.FamilyMember).filter(([k]) => !hidden.includes(k)));
}

export async function saveFamilyMember(actor: Actor, input: FamilyInput): Promise<SaveResult> {
  const cleared = mayRead(actor.clearance, "familyAbroad");
  if (sentAbroad(input) && !cleared) {
    await assertCadre(actor, input.cadreId);
    await assertMayRead(
      actor,
      "familyAbroad",
      { type: "Cadre", id: input.cadreId },
      { purpose: "edit", record: "FamilyMember" },
    );
  }
  if (input.id) {
    await assertCadre(actor, input.cadreId);
    await guardAbroadRelative(actor, input.cadreId, input.id, { relation: input.relation });
  }
  const abroad =
    cleared && sentAbroad(input)
      ? {
          emigrated: Boolean(input.emigrated),
          emigratedTo: input.emigrated ? input.emigratedTo || null : null,
          emigratedOn: input.emigrated ? day(input.emigratedOn ?? "") : null,
        }
      : {};
  const data = {
    relation: input.relation,
    name: input.name,
    birthDate: day(input.birthDate),
    politicalStatus: input.politicalStatus || null,
    workplaceAndPost: input.workplaceAndPost || null,
    deceased: input.deceased,
    sortOrder: input.sortOrder,
    ...abroad,
  };
  return saveRecord(actor, {
    kind: "FamilyMember",
    action: "family",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    labels: familyLabels(actor),
    find: (id) => prisma.familyMember.findFirst({ where: { id, archivedAt: null } }),
    create: async (tx) => {
      await oneSpouse(tx, input.cadreId, data.relation, data.deceased);
      return tx.familyMember.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true, version: true } });
    },
    update: async (tx, id, v) => {
      await oneSpouse(tx, input.cadreId, data.relation, data.deceased, id);
      await updateVersioned(tx.familyMember, "FamilyMember", id, v, data);
    },
  });
}
