"use server";
// Organization department: the seven steps, return/reject/withdraw, objections during 公示,
// and recording a new 民主推荐 result.
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import {
  advanceNomination,
  closeNomination,
  recordObjection,
  renewRecommendation,
  resolveObjection,
} from "@/lib/server/nominations";
import {
  advanceSchema,
  closeSchema,
  objectionSchema,
  renewRecommendationSchema,
  resolveObjectionSchema,
} from "@/lib/validation/nominations";

async function run(id: string, fn: () => Promise<unknown>): Promise<{ ok: true }> {
  await fn();
  revalidate("/nominations", `/nominations/${id}`);
  return { ok: true };
}

export const advanceNominationAction = authorizedAction
  .metadata({ name: "nomination.advance", resource: "nomination", action: "transition" })
  .inputSchema(advanceSchema)
  .action(({ parsedInput, ctx: { actor } }) => run(parsedInput.id, () => advanceNomination(actor, parsedInput)));

export const closeNominationAction = authorizedAction
  .metadata({ name: "nomination.close", resource: "nomination", action: "transition" })
  .inputSchema(closeSchema)
  .action(({ parsedInput, ctx: { actor } }) => run(parsedInput.id, () => closeNomination(actor, parsedInput)));

export const recordObjectionAction = authorizedAction
  .metadata({ name: "nomination.objection", resource: "nomination", action: "transition" })
  .inputSchema(objectionSchema)
  .action(({ parsedInput, ctx: { actor } }) => run(parsedInput.id, () => recordObjection(actor, parsedInput)));

export const resolveObjectionAction = authorizedAction
  .metadata({ name: "nomination.objection.resolve", resource: "nomination", action: "transition" })
  .inputSchema(resolveObjectionSchema)
  .action(({ parsedInput, ctx: { actor } }) => run(parsedInput.id, () => resolveObjection(actor, parsedInput)));

export const renewRecommendationAction = authorizedAction
  .metadata({ name: "nomination.renewRecommendation", resource: "nomination", action: "transition" })
  .inputSchema(renewRecommendationSchema)
  .action(({ parsedInput, ctx: { actor } }) => run(parsedInput.id, () => renewRecommendation(actor, parsedInput)));
