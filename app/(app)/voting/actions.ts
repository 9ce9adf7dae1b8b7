"use server";
// Organization department: online 民主推荐 / 民主测评 sessions — set up, issue codes (the plain
// codes go to this user's slips page once, by token), close, and write a result to its record.
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import {
  applyVotingResult,
  closeVotingSession,
  createVotingSession,
  issueCodes,
  stashSlips,
} from "@/lib/server/voting";
import { applyResultSchema, createSessionSchema, sessionRefSchema } from "@/lib/validation/voting";

export const createVotingSessionAction = authorizedAction
  .metadata({ name: "voting.session.create", resource: "nomination", action: "transition" })
  .inputSchema(createSessionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { id } = await createVotingSession(actor, parsedInput);
    revalidate("/voting");
    return { id };
  });

export const issueCodesAction = authorizedAction
  .metadata({ name: "voting.codes.issue", resource: "nomination", action: "transition" })
  .inputSchema(sessionRefSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const codes = await issueCodes(actor, parsedInput.id);
    revalidate(`/voting/${parsedInput.id}`);
    return { token: stashSlips(actor.userId, parsedInput.id, codes) };
  });

export const closeVotingSessionAction = authorizedAction
  .metadata({ name: "voting.session.close", resource: "nomination", action: "transition" })
  .inputSchema(sessionRefSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await closeVotingSession(actor, parsedInput);
    revalidate("/voting", `/voting/${parsedInput.id}`);
    return { ok: true };
  });

export const applyVotingResultAction = authorizedAction
  .metadata({ name: "voting.result.apply", resource: "nomination", action: "transition" })
  .inputSchema(applyResultSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await applyVotingResult(actor, parsedInput);
    revalidate(`/voting/${parsedInput.sessionId}`, "/nominations");
    return { ok: true };
  });
