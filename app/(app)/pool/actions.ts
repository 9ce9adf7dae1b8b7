"use server";
// 入库, 年度研判, 出库: zod (the forms' schemas) → permission pool.manage → lib/server/pool.
import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";
import { revalidatePaths } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { CadreFieldError } from "@/lib/server/cadres/field-error";
import { enterPool } from "@/lib/server/pool/enter";
import { exitPool, reviewPool } from "@/lib/server/pool/review-exit";
import { enterPoolSchema, exitPoolSchema, reviewPoolSchema } from "@/lib/validation/pool";

async function fieldErrors<S extends z.ZodType, T>(schema: S, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof CadreFieldError) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the field name comes from the schema's own keys
      returnValidationErrors(schema, { [e.field]: { _errors: [e.message] } } as any);
    }
    throw e;
  }
}

export const enterPoolAction = authorizedAction
  .metadata({ name: "pool.enter", resource: "pool", action: "manage" })
  .inputSchema(enterPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await fieldErrors(enterPoolSchema, () => enterPool(actor, parsedInput));
    revalidatePaths("/pool", `/cadres/${parsedInput.cadreId}`);
    return { ok: true as const, id: r.id };
  });

export const exitPoolAction = authorizedAction
  .metadata({ name: "pool.exit", resource: "pool", action: "manage" })
  .inputSchema(exitPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await fieldErrors(exitPoolSchema, () => exitPool(actor, parsedInput));
    if (r.ok) revalidatePaths("/pool", `/pool/${parsedInput.entryId}`);
    return r;
  });

export const reviewPoolAction = authorizedAction
  .metadata({ name: "pool.review", resource: "pool", action: "manage" })
  .inputSchema(reviewPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await fieldErrors(reviewPoolSchema, () => reviewPool(actor, parsedInput));
    if (r.ok) revalidatePaths("/pool", `/pool/${parsedInput.entryId}`);
    return r;
  });
