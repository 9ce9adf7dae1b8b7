"use server";
// Organization department: build a 酝酿/讨论决定 meeting, record who attended and how each voted.
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { createMeeting, recordMeeting } from "@/lib/server/meetings";
import { createMeetingSchema, recordMeetingSchema } from "@/lib/validation/meetings";

export const createMeetingAction = authorizedAction
  .metadata({ name: "meeting.create", resource: "nomination", action: "transition" })
  .inputSchema(createMeetingSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { id } = await createMeeting(actor, parsedInput);
    revalidate("/nominations/meetings");
    return { id };
  });

export const recordMeetingAction = authorizedAction
  .metadata({ name: "meeting.record", resource: "nomination", action: "transition" })
  .inputSchema(recordMeetingSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { results } = await recordMeeting(actor, parsedInput);
    revalidate("/nominations", "/nominations/meetings", `/nominations/meetings/${parsedInput.id}`);
    return { passed: results.filter((r) => r.result === "PASSED").length, total: results.length };
  });
