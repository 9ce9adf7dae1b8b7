"use server";
// Server actions of the information sets edited on the 干部档案 besides the basic form and the
// education/appointment/assessment editors (actions.ts): 家庭主要成员, 处分/组织处理, 个人有关
// 事项报告, 奖惩情况, the other ZZ15-EXCL facts, 职务层次与职级记录 (补录), the photo and 作废. Thin, as there: zod →
// permission (the wrapper) → lib/server → revalidate the profile (its eligibility panel reads
// these sets), the print view and the pool.
import type { SaveResult } from "@/lib/cadres/conflict";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { archiveRecord } from "@/lib/server/cadres/write-archive";
import { saveCadrePhoto, saveExclusions, saveRewards } from "@/lib/server/cadres/write-cadre-sets";
import { savePersonalMatters, saveSanction } from "@/lib/server/cadres/write-conduct";
import { saveFamilyMember } from "@/lib/server/cadres/write-family";
import { saveRankRecord } from "@/lib/server/cadres/write-rank-records";
import {
  archiveRecordSchema,
  exclusionsSchema,
  familyMemberSchema,
  personalMattersSchema,
  rewardsSchema,
  sanctionSchema,
} from "@/lib/validation/cadre-file-records";
import { photoSchema } from "@/lib/validation/cadre-photo";
import { rankRecordSchema } from "@/lib/validation/rank-records";

async function revalidated(cadreId: string, run: () => Promise<SaveResult>): Promise<SaveResult> {
  const r = await run();
  if (r.ok) revalidate("/cadres", `/cadres/${cadreId}`, `/cadres/${cadreId}/edit`, "/cadres/print", "/pool");
  return r;
}

const update = (name: string) => authorizedAction.metadata({ name, resource: "cadre", action: "update" });

export const saveFamilyMemberAction = update("cadre.family.save")
  .inputSchema(familyMemberSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => saveFamilyMember(actor, i)));

export const saveSanctionAction = update("cadre.sanction.save")
  .inputSchema(sanctionSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => saveSanction(actor, i)));

export const savePersonalMattersAction = update("cadre.personalMatters.save")
  .inputSchema(personalMattersSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => savePersonalMatters(actor, i)));

export const saveRewardsAction = update("cadre.rewards.save")
  .inputSchema(rewardsSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => saveRewards(actor, i)));

export const saveExclusionsAction = update("cadre.exclusions.save")
  .inputSchema(exclusionsSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => saveExclusions(actor, i)));

export const saveCadrePhotoAction = update("cadre.photo.save")
  .inputSchema(photoSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => saveCadrePhoto(actor, i)));

export const saveRankRecordAction = update("cadre.rankRecord.save")
  .inputSchema(rankRecordSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => saveRankRecord(actor, i)));

export const archiveRecordAction = update("cadre.record.archive")
  .inputSchema(archiveRecordSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => revalidated(i.cadreId, () => archiveRecord(actor, i)));
