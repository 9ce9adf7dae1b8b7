"use server";

import { authorizedAction } from "@/lib/server/actions/safe-action";
import { createPractice, updatePractice } from "@/lib/server/development/practices";
import { revalidate, revalidateLayout } from "@/lib/server/actions/revalidate";
import { createPracticeSchema, updatePracticeSchema } from "@/lib/validation/development/practice";

// A 墩苗 posting that fails its check is not saved: the result carries the check's lines
// (rule id, message) for the form to show; warnings come back until a reason is given.
export const createPracticeAction = authorizedAction
  .metadata({ name: "practice.create", resource: "development", action: "manage" })
  .inputSchema(createPracticeSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await createPractice(actor, parsedInput);
    if (r.ok) revalidate("/training/practices");
    return r;
  });

export const updatePracticeAction = authorizedAction
  .metadata({ name: "practice.update", resource: "development", action: "manage" })
  .inputSchema(updatePracticeSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await updatePractice(actor, parsedInput);
    if (r.ok) revalidateLayout("/training/practices");
    return r;
  });
