import "server-only";
// Refusals are security events (等保 2.0 8.1.4.3: 审计覆盖到每个用户，对重要的用户行为和重要安全
// 事件进行审计): a page the role may not open, a record outside the actor's scope or one they are
// recused from. The user sees the same 404 either way; the auditor sees a DENIED row saying
// which and why. Recording must never turn the refusal into a 500: a failed write is logged.
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors/user-facing";
import { auditBy } from "@/lib/audit/by";
import { AUDIT_ACTIONS, type AuditEntry } from "./entry";
import { READ_LOOKUP, type ReadObjectType } from "./refusal-lookup";
import { writeAuditStandalone } from "./write-audit";

export type { ReadObjectType };

/** Why a read answered 404, for the auditor only. */
export type ReadRefusal = "recused" | "outOfScope" | "missing";

/** Writes a DENIED row; never throws (the caller is already answering 403/404). */
export async function recordRefusal(entry: AuditEntry): Promise<void> {
  try {
    await writeAuditStandalone({ ...entry, result: "DENIED" });
  } catch (e) {
    console.error(`[miaopu] could not audit a refusal (${entry.action}):`, e);
  }
}

export async function classifyReadRefusal(actor: Actor, objectType: ReadObjectType, id: string): Promise<ReadRefusal> {
  const found = await READ_LOOKUP[objectType](id).catch(() => null);
  if (!found) return "missing";
  return found.cadreId && actor.recusedCadreIds.includes(found.cadreId) ? "recused" : "outOfScope";
}

/**
 * For lib/server reads: records the refused read and returns the NotFoundError to throw, so
 * `if (!row) throw await refusedRead(actor, "Cadre", id, "干部")` answers exactly as before.
 * Inside a transaction, call it before that transaction's writeAudit: the refusal is written
 * on its own connection and needs the append lock, and it must stay when the transaction rolls back.
 */
export async function refusedRead(
  actor: Actor,
  objectType: ReadObjectType,
  id: string,
  what: string,
): Promise<NotFoundError> {
  const reason = await classifyReadRefusal(actor, objectType, id);
  await recordRefusal({
    ...auditBy(actor),
    action: AUDIT_ACTIONS.readDenied,
    objectType,
    objectId: id,
    result: "DENIED",
    diff: { reason },
  });
  return new NotFoundError(what);
}

/** The page's path, set by proxy.ts; null outside a request (jobs, tests). */
async function requestPath(): Promise<string | null> {
  try {
    return (await headers()).get("x-miaopu-path");
  } catch {
    return null;
  }
}

/** requirePermission's refusal: the role may not open this page at all. */
export async function recordPageDenied(
  actor: Actor,
  permission: { resource: string; action: string },
  path: string | null = null,
): Promise<void> {
  path ??= await requestPath();
  await recordRefusal({
    ...auditBy(actor),
    action: AUDIT_ACTIONS.pageDenied,
    objectType: "Page",
    objectId: path,
    result: "DENIED",
    diff: { ...permission, path },
  });
}
