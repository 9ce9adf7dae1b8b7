"use server";
// Step-up before full 身份证号 leave in an export: the holder re-enters the current 动态口令;
// the session is then marked for five minutes (lib/server/auth/step-up.ts). The export route
// checks the session row again; nothing the browser keeps counts.
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { verifyStepUp } from "@/lib/server/auth/step-up";
import { stepUpSchema } from "@/lib/validation/export-purpose";

export const stepUpAction = authorizedAction
  .metadata({ name: "auth.stepUp", resource: "idNumber", action: "reveal" })
  .inputSchema(stepUpSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { stepUpAt } = await verifyStepUp(actor, parsedInput.code, new Date());
    return { ok: true as const, stepUpAt: stepUpAt.toISOString() };
  });
