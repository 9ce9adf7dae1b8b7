"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";

/** Printing the dashboard is recorded (who printed which reference date), like every print. */
export const auditDashboardPrintAction = authorizedAction
  .metadata({ name: "print.dashboard", resource: "dashboard", action: "read" })
  .inputSchema(z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await writeAuditStandalone({
      ...auditBy(actor), action: "print.dashboard", objectType: "Dashboard", objectId: parsedInput.asOf, result: "SUCCESS",
    });
    return { ok: true as const };
  });
