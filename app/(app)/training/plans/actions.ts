"use server";

import { authorizedAction } from "@/lib/server/actions/safe-action";
import { addPlanNote, closePlan, createPlan, updatePlan } from "@/lib/server/development/plans";
import { revalidate, revalidateLayout } from "@/lib/server/actions/revalidate";
import { closePlanSchema, createPlanSchema, planNoteSchema, updatePlanSchema } from "@/lib/validation/development/plan";

export const createPlanAction = authorizedAction
  .metadata({ name: "plan.create", resource: "development", action: "manage" })
  .inputSchema(createPlanSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const row = await createPlan(actor, parsedInput);
    revalidate("/training/plans");
    return { id: row.id };
  });

export const updatePlanAction = authorizedAction
  .metadata({ name: "plan.update", resource: "development", action: "manage" })
  .inputSchema(updatePlanSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await updatePlan(actor, parsedInput);
    revalidateLayout("/training");
    return { ok: true as const };
  });

export const addPlanNoteAction = authorizedAction
  .metadata({ name: "plan.note", resource: "development", action: "manage" })
  .inputSchema(planNoteSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await addPlanNote(actor, parsedInput);
    revalidateLayout("/training");
    return { ok: true as const };
  });

export const closePlanAction = authorizedAction
  .metadata({ name: "plan.close", resource: "development", action: "manage" })
  .inputSchema(closePlanSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await closePlan(actor, parsedInput);
    revalidateLayout("/training");
    return { ok: true as const };
  });
