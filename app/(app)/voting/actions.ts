"use server";
// Organization department: online 民主推荐 / 民主测评 sessions — set up, issue codes (printable
// from the slips page until voting opens), open early, destroy the slips' codes, enter and void
// 个别谈话 records, close, and write a result to its record;
// approve or decline a unit's request. A unit party committee: request a session for its own
// nominations (lib/server/voting/sessions.ts tells the two apart by the actor's permission).
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import {
  answerVotingRequest,
  applyVotingResult,
  closeVotingSession,
  createVotingSession,
  addTalkRecord,
  destroySlipCodes,
  issueCodes,
  openVotingNow,
  voidTalkRecord,
} from "@/lib/server/voting";
import { answerRequestSchema, applyResultSchema, createSessionSchema, sessionRefSchema } from "@/lib/validation/voting";
import { talkRecordSchema, voidTalkRecordSchema } from "@/lib/validation/voting-talks";

export const createVotingSessionAction = authorizedAction
  .metadata({ name: "voting.session.create", resource: "nomination", action: "transition" })
  .inputSchema(createSessionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { id } = await createVotingSession(actor, parsedInput);
    revalidate("/voting");
    return { id };
  });

export const requestVotingSessionAction = authorizedAction
  .metadata({ name: "voting.session.request", resource: "nomination", action: "create" })
  .inputSchema(createSessionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { id } = await createVotingSession(actor, parsedInput);
    revalidate("/voting");
    return { id };
  });

export const answerVotingRequestAction = authorizedAction
  .metadata({ name: "voting.session.answer", resource: "nomination", action: "transition" })
  .inputSchema(answerRequestSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await answerVotingRequest(actor, parsedInput);
    revalidate("/voting", `/voting/${parsedInput.id}`);
    return { ok: true };
  });

export const issueCodesAction = authorizedAction
  .metadata({ name: "voting.codes.issue", resource: "nomination", action: "transition" })
  .inputSchema(sessionRefSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const codes = await issueCodes(actor, parsedInput.id);
    revalidate(`/voting/${parsedInput.id}`);
    return { issued: codes.length };
  });

export const openVotingNowAction = authorizedAction
  .metadata({ name: "voting.session.open", resource: "nomination", action: "transition" })
  .inputSchema(sessionRefSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await openVotingNow(actor, parsedInput);
    revalidate("/voting", `/voting/${parsedInput.id}`);
    return { ok: true };
  });

export const destroySlipsAction = authorizedAction
  .metadata({ name: "voting.slips.destroy", resource: "nomination", action: "transition" })
  .inputSchema(sessionRefSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await destroySlipCodes(actor, parsedInput);
    revalidate(`/voting/${parsedInput.id}`);
    return { ok: true };
  });

export const addTalkRecordAction = authorizedAction
  .metadata({ name: "voting.talk.record", resource: "nomination", action: "transition" })
  .inputSchema(talkRecordSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { id } = await addTalkRecord(actor, parsedInput);
    revalidate(`/voting/${parsedInput.sessionId}`);
    return { id };
  });

export const voidTalkRecordAction = authorizedAction
  .metadata({ name: "voting.talk.void", resource: "nomination", action: "transition" })
  .inputSchema(voidTalkRecordSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { sessionId } = await voidTalkRecord(actor, parsedInput);
    revalidate(`/voting/${sessionId}`);
    return { ok: true };
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
