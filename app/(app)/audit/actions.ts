"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/server/actions/safe-action";
import { verifyChainFromPage } from "@/lib/server/audit-log/verify-from-page";

export const verifyAuditChainAction = authorizedAction
  .metadata({ name: "audit.verify", resource: "audit", action: "read" })
  .inputSchema(z.object({}))
  .action(async ({ ctx }) => verifyChainFromPage(ctx.actor));
