"use server";
// 模拟调配: thin server actions over lib/server/staffing-plans (organization department only:
// the permission table's staffingPlan resource).
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { revalidate } from "@/lib/server/actions/revalidate";
import {
  addMove,
  archivePlan,
  convertPlan,
  createPlan,
  getPlan,
  removeMove,
  renamePlan,
  searchPlanCadres,
  searchPlanPosts,
  sharePlan,
} from "@/lib/server/staffing-plans";
import {
  addMoveSchema,
  createPlanSchema,
  planSearchSchema,
  planVersionSchema,
  removeMoveSchema,
  renamePlanSchema,
  sharePlanSchema,
} from "@/lib/validation/staffing-plans";
import { z } from "zod";

const manage = (name: string) => ({ name, resource: "staffingPlan" as const, action: "manage" as const });
const read = (name: string) => ({ name, resource: "staffingPlan" as const, action: "read" as const });

export const createPlanAction = authorizedAction
  .metadata(manage("staffingPlan.create"))
  .inputSchema(createPlanSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await createPlan(actor, parsedInput);
    revalidate("/plans");
    return { ok: true as const, id: r.id };
  });

export const renamePlanAction = authorizedAction
  .metadata(manage("staffingPlan.rename"))
  .inputSchema(renamePlanSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await renamePlan(actor, parsedInput);
    revalidate("/plans", `/plans/${parsedInput.id}`);
    return { ok: true as const, ...r };
  });

export const sharePlanAction = authorizedAction
  .metadata(manage("staffingPlan.share"))
  .inputSchema(sharePlanSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await sharePlan(actor, parsedInput);
    revalidate("/plans", `/plans/${parsedInput.id}`);
    return { ok: true as const, ...r };
  });

export const archivePlanAction = authorizedAction
  .metadata(manage("staffingPlan.archive"))
  .inputSchema(planVersionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await archivePlan(actor, parsedInput);
    revalidate("/plans", `/plans/${parsedInput.id}`);
    return { ok: true as const, ...r };
  });

export const addMoveAction = authorizedAction
  .metadata(manage("staffingPlan.move.add"))
  .inputSchema(addMoveSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await addMove(actor, parsedInput);
    revalidate(`/plans/${parsedInput.planId}`);
    return { ok: true as const, ...r };
  });

export const removeMoveAction = authorizedAction
  .metadata(manage("staffingPlan.move.remove"))
  .inputSchema(removeMoveSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await removeMove(actor, parsedInput);
    revalidate(`/plans/${parsedInput.planId}`);
    return { ok: true as const, ...r };
  });

export const convertPlanAction = authorizedAction
  .metadata(manage("staffingPlan.convert"))
  .inputSchema(planVersionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await convertPlan(actor, parsedInput);
    revalidate("/plans", `/plans/${parsedInput.id}`, "/nominations", "/dashboard");
    return { ok: true as const, ...r };
  });

export const searchPlanCadresAction = authorizedAction
  .metadata(read("staffingPlan.searchCadres"))
  .inputSchema(planSearchSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => ({ options: await searchPlanCadres(actor, parsedInput.q) }));

export const searchPlanPostsAction = authorizedAction
  .metadata(read("staffingPlan.searchPosts"))
  .inputSchema(planSearchSchema.extend({ planId: z.string().trim().min(1, "缺少记录编号").max(64) }))
  .action(async ({ parsedInput, ctx: { actor } }) => {
    // the holders on the plan's date: the plan is read through the actor's scope first
    const plan = await getPlan(actor, parsedInput.planId);
    return { options: await searchPlanPosts(actor, parsedInput.q, plan.asOf) };
  });
