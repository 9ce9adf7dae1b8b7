// Whether the export dialogs offer 完整号码 at all: the reveal permission and a clearance for
// the 身份证号 information set. The server checks both again (with the enrolled second factor,
// the purpose and a fresh step-up) in lib/server/export/full-id-numbers.ts.
import type { Role, SecurityLevel } from "@/lib/domain/enums";
import { mayRead } from "@/lib/authz/clearance";
import { can } from "@/lib/authz/permissions";

export function mayAskFullIdNumbers(actor: { role: Role; clearance: SecurityLevel }): boolean {
  return can(actor.role, "idNumber", "reveal") && mayRead(actor.clearance, "idNumber");
}
