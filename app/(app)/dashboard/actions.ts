"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { dashboardDrill } from "@/lib/server/dashboard/drill";
import { replicaReads } from "@/lib/server/data-change/scope";
import { drillRequestSchema } from "@/lib/validation/dashboard";

/** Printing the dashboard is recorded (who printed which reference date), like every print. */
export const auditDashboardPrintAction = authorizedAction
  .metadata({ name: "print.dashboard", resource: "dashboard", action: "read" })
  .inputSchema(z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await writeAuditStandalone({
      ...auditBy(actor),
      action: "print.dashboard",
      objectType: "Dashboard",
      objectId: parsedInput.asOf,
      result: "SUCCESS",
    });
    return { ok: true as const };
  });

/** The units, posts or people behind one figure, when its row is opened (lib/server/dashboard/drill.ts). */
export const dashboardDrillAction = authorizedAction
  .metadata({ name: "dashboard.drill", resource: "dashboard", action: "read" })
  .inputSchema(drillRequestSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => replicaReads(() => dashboardDrill(actor, parsedInput)));
