"use server";

import { authorizedAction } from "@/lib/server/actions/safe-action";
import { revalidate, revalidateLayout } from "@/lib/server/actions/revalidate";
import { createTalk, updateTalk } from "@/lib/server/development/talks";
import { createTalkSchema, updateTalkSchema } from "@/lib/validation/development/talk";

export const createTalkAction = authorizedAction
  .metadata({ name: "talk.create", resource: "development", action: "manage" })
  .inputSchema(createTalkSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const row = await createTalk(actor, parsedInput);
    revalidate("/training/talks");
    return { id: row.id };
  });

export const updateTalkAction = authorizedAction
  .metadata({ name: "talk.update", resource: "development", action: "manage" })
  .inputSchema(updateTalkSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await updateTalk(actor, parsedInput);
    revalidateLayout("/training/talks");
    return { ok: true as const };
  });
