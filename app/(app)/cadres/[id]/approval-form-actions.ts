"use server";
// The 任免审批表's second half (拟任/拟免职务, 任免理由, 呈报单位, opinions, 填表人 …), saved from
// the editor on the cadre's page. zod → permission (the wrapper) → lib/server → revalidate.
import type { SaveResult } from "@/lib/cadres/conflict";
import { revalidate } from "@/lib/server/actions/revalidate";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { saveApprovalForm } from "@/lib/server/approval-forms";
import { approvalFormSchema } from "@/lib/validation/approval-form";

export const saveApprovalFormAction = authorizedAction
  .metadata({ name: "approvalForm.save", resource: "cadre", action: "update" })
  .inputSchema(approvalFormSchema)
  .action(async ({ parsedInput: i, ctx: { actor } }): Promise<SaveResult> => {
    const r = await saveApprovalForm(actor, i);
    if (r.ok) revalidate(`/cadres/${i.cadreId}`, "/cadres/print");
    return r;
  });
