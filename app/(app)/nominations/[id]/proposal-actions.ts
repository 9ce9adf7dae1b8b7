"use server";
// The nomination's 拟任职务 / 拟免职务 / 任免理由 (organization department, from 酝酿 on).
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { saveNominationProposal } from "@/lib/server/nominations/proposal";
import { nominationProposalSchema } from "@/lib/validation/approval-form";

export const saveNominationProposalAction = authorizedAction
  .metadata({ name: "nomination.proposal.save", resource: "nomination", action: "transition" })
  .inputSchema(nominationProposalSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }) => {
    const r = await saveNominationProposal(actor, i);
    revalidate(`/nominations/${i.id}`);
    return r;
  });
