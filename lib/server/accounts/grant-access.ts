import "server-only";
// What the 安全管理员 grants (三员分立): an account's role, its unit scope (unit accounts only)
// and its clearance (security labels, GB/T 22239 L3 强制访问控制), as one change. Any role may
// be granted to any account but one's own; the last active holder of an administrator role
// keeps it. The account's open sessions end (sessionEpoch), so the new rights apply at once.
// The second factor is left as it is: it belongs to the holder, who enrols at the next sign-in
// if the new role requires one and none is bound.
import type { GrantAccessInput } from "@/lib/validation/user-account";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { UserFacingError } from "@/lib/errors/user-facing";
import { checkUnitForRole, keepLastAdmin, refuseSelf } from "./account-rules";
import { loadUser } from "./update-account";

export async function grantAccess(actor: Actor, input: GrantAccessInput): Promise<void> {
  assertCan(actor, "role", "manage");
  await refuseSelf(actor, input.userId, "grant", "不能更改自己的角色、所属单位或密级");
  await prisma.$transaction(async (tx) => {
    const before = await loadUser(tx, input.userId);
    const unitId = await checkUnitForRole(tx, input.role, input.unitId);
    const after = { role: input.role, unitId, clearance: input.clearance };
    if (before.role === after.role && before.unitId === after.unitId && before.clearance === after.clearance)
      throw new UserFacingError("角色、所属单位和密级均未改变");
    if (before.role !== after.role) await keepLastAdmin(tx, before, "role");
    await updateVersioned(tx.user, "User", input.userId, input.version, {
      ...after,
      sessionEpoch: { increment: 1 },
    });
    await writeAudit(tx, {
      ...auditBy(actor),
      action: "account.grant",
      objectType: "User",
      objectId: input.userId,
      result: "SUCCESS",
      diff: auditDiff({ role: before.role, unitId: before.unitId, clearance: before.clearance }, after),
    });
  });
}
