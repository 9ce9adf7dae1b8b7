import "server-only";
// Who may see and change the records of growing cadres (resource "development"): ORG roles
// manage, UNIT and LEADER read. Every record hangs off a cadre, so the unit scope and recusal
// come from cadreScope in the query's where: another unit's record is simply not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/authz/permissions";
import { assertCan, cadreScope } from "@/lib/server/authz/scope";
import { StaleVersionError } from "@/lib/server/concurrency";
import { UserFacingError } from "@/lib/errors/user-facing";

/** The where of the cadres whose development records the actor may see (or change). */
export function developmentCadreScope(actor: Actor, action: Action = "read"): Prisma.CadreWhereInput {
  assertCan(actor, "development", action);
  return cadreScope(actor, "read");
}


/** A stale edit, shown to the user as is (the form keeps what they typed). */
export class ConflictError extends UserFacingError {
  constructor() {
    super("该记录已被他人修改，您的修改未保存。请刷新页面核对后重新填写。");
    this.name = "ConflictError";
  }
}

/** Runs a write and turns StaleVersionError into the user-facing ConflictError. */
export async function refuseStale<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StaleVersionError) throw new ConflictError();
    throw e;
  }
}
