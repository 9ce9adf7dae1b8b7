"use server";

import { authorizedAction } from "@/lib/server/actions/safe-action";
import { addFeedback, createMentorships, endMentorship } from "@/lib/server/development/mentorships";
import { revalidate, revalidateLayout } from "@/lib/server/actions/revalidate";
import {
  createMentorshipSchema,
  endMentorshipSchema,
  mentorFeedbackSchema,
} from "@/lib/validation/development/mentorship";

export const createMentorshipsAction = authorizedAction
  .metadata({ name: "mentorship.create", resource: "development", action: "manage" })
  .inputSchema(createMentorshipSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const ids = await createMentorships(actor, parsedInput);
    revalidate("/training/mentors");
    return { ids };
  });

export const addFeedbackAction = authorizedAction
  .metadata({ name: "mentorship.feedback", resource: "development", action: "manage" })
  .inputSchema(mentorFeedbackSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await addFeedback(actor, parsedInput);
    revalidateLayout("/training");
    return { ok: true as const };
  });

export const endMentorshipAction = authorizedAction
  .metadata({ name: "mentorship.end", resource: "development", action: "manage" })
  .inputSchema(endMentorshipSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await endMentorship(actor, parsedInput);
    revalidateLayout("/training");
    return { ok: true as const };
  });
