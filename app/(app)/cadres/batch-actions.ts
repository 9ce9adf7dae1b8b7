"use server";
// The roster's batch actions (issue 24 item 4): zod (the selection as the roster's own search
// params) → permission (the wrapper) → lib/server (which re-runs the roster's statement under the
// actor's scope) → revalidate → a typed result listing every person's outcome.
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { enterPoolBatch } from "@/lib/server/cadres/roster-batch-pool";
import { addRosterToTraining } from "@/lib/server/cadres/roster-batch-training";
import { rosterBatchPoolSchema, rosterBatchTrainingSchema } from "@/lib/validation/roster-batch";

export const rosterBatchPoolAction = authorizedAction
  .metadata({ name: "pool.enter.batch", resource: "pool", action: "manage" })
  .inputSchema(rosterBatchPoolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await enterPoolBatch(actor, parsedInput);
    if (r.rows.some((x) => x.outcome === "ENTERED")) revalidate("/cadres", "/pool");
    return r;
  });

export const rosterBatchTrainingAction = authorizedAction
  .metadata({ name: "training.attendee.add.batch", resource: "development", action: "manage" })
  .inputSchema(rosterBatchTrainingSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const r = await addRosterToTraining(actor, parsedInput);
    revalidate(`/training/${parsedInput.trainingId}`);
    return r;
  });
