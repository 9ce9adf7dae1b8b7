"use server";
// Audited views of a cadre's file: print the 任免审批表, reveal the 身份证号.
import { z } from "zod";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { recordCadrePrint, revealIdNumber } from "@/lib/server/cadres/audited-views";

const byId = z.object({ cadreId: z.string().min(1).max(40) });

export const recordPrintAction = authorizedAction
  .metadata({ name: "cadre.print", resource: "cadre", action: "print" })
  .inputSchema(byId)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await recordCadrePrint(actor, parsedInput.cadreId);
    return { ok: true as const };
  });

export const revealIdNumberAction = authorizedAction
  .metadata({ name: "idNumber.reveal", resource: "idNumber", action: "reveal" })
  .inputSchema(byId)
  .action(async ({ parsedInput, ctx: { actor } }) => ({ idNumber: await revealIdNumber(actor, parsedInput.cadreId) }));
