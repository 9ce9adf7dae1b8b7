"use server";
// 入库, 年度研判, 出库: zod (the forms' schemas) → permission pool.manage → lib/server/pool.
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { enterPool } from "@/lib/server/pool/enter";
import { exitPool, reviewPool } from "@/lib/server/pool/review-exit";
import { enterPoolSchema, exitPoolSchema, reviewPoolSchema } from "@/lib/validation/pool";

export const enterPoolAction = authorizedAction
  .metadata({ name: "pool.enter", resource: "pool", action: "manage" })
  .inputSchema(enterPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await enterPool(actor, parsedInput);
    revalidate("/pool", `/cadres/${parsedInput.cadreId}`);
    return { ok: true as const, id: r.id };
  });

export const exitPoolAction = authorizedAction
  .metadata({ name: "pool.exit", resource: "pool", action: "manage" })
  .inputSchema(exitPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await exitPool(actor, parsedInput);
    if (r.ok) revalidate("/pool", `/pool/${parsedInput.entryId}`);
    return r;
  });

export const reviewPoolAction = authorizedAction
  .metadata({ name: "pool.review", resource: "pool", action: "manage" })
  .inputSchema(reviewPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await reviewPool(actor, parsedInput);
    if (r.ok) revalidate("/pool", `/pool/${parsedInput.entryId}`);
    return r;
  });
