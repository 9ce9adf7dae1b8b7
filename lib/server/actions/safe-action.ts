import "server-only";
import { createSafeActionClient, returnValidationErrors } from "next-safe-action";
import { z } from "zod";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { getActor } from "@/lib/server/auth/current-actor";
import { dataChanged } from "@/lib/server/dashboard/dashboard-refresh";
import { noteOwnWrite } from "@/lib/server/data-change/own-write";
import { replicaReads } from "@/lib/server/data-change/scope";
import { ACTIONS, can, RESOURCES, type Resource } from "@/lib/authz/permissions";
import {
  ForbiddenError,
  GENERIC_ERROR,
  newReferenceId,
  UnauthenticatedError,
  UserFacingError,
} from "@/lib/errors/user-facing";
import { FieldErrors } from "@/lib/errors/field-errors";

// Defined beside the error classes (the sign-in provider uses them too); re-exported here.
export { GENERIC_ERROR, newReferenceId } from "@/lib/errors/user-facing";

/**
 * The one way to write a server action: parse input with zod, resolve the acting user,
 * check the permission table, then run. Every action declares what it needs in metadata,
 * which the permission-matrix test reads.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string(), resource: z.enum(RESOURCES), action: z.enum(ACTIONS) }),
  handleServerError(error) {
    // next-safe-action catches the action's error before any middleware sees it; rethrown
    // here, field problems reach the middleware below, which files them beside their fields.
    if (error instanceof FieldErrors) throw error;
    // A stale version (StaleVersionError) is user-facing: its message is the one conflict text.
    if (error instanceof UserFacingError) return error.message;
    const ref = newReferenceId();
    console.error(`[miaopu] unexpected error, reference ${ref}:`, error);
    return `${GENERIC_ERROR}（参考编号：${ref}）`;
  },
}).use(async ({ next }) => {
  try {
    return await next();
  } catch (e) {
    if (!(e instanceof FieldErrors)) throw e;
    // The shape zod's own errors have: the form shows these exactly as it shows those.
    const shape = Object.fromEntries(
      Object.entries(e.fields).map(([field, message]) => [field, { _errors: [message] }]),
    );
    return returnValidationErrors(z.object({}), shape as never);
  }
});

/** What a user who has yet to enrol their second factor may do: enrol it, or change the password first. */
const ENROLMENT_ACTIONS = new Set(["account.changePassword", "account.enrollTotp"]);

/** Actions that may change data (the others read, export, print or reveal). */
const WRITES = new Set<string>(["create", "update", "import", "transition", "manage"]);
/**
 * The records that the dashboard, the reports, the exports and the print views read — from the
 * replica when there is one (lib/server/db-read.ts). A save to one of them sets the own-write
 * cookie so its author's next reads see it. Nothing else does: accounts, roles and security
 * settings are read from the primary only, and setting the cookie would re-render the page under
 * a form that shows something once (the recovery codes after enrolment, a one-time password).
 * A new resource is outside this list until a replica-served page reads it.
 */
const REPLICA_SERVED = new Set<Resource>(["cadre", "pool", "nomination", "development", "unit", "policy", "settings"]);

export const authorizedAction = actionClient.use(async ({ next, metadata }) => {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  if (
    !can(actor.role, metadata.resource, metadata.action) ||
    (actor.mustChangePassword && metadata.name !== "account.changePassword") ||
    (actor.mustEnrollTotp && !ENROLMENT_ACTIONS.has(metadata.name))
  ) {
    await writeAuditStandalone({
      ...auditBy(actor),
      action: metadata.name,
      objectType: null,
      objectId: null,
      result: "DENIED",
    });
    throw new ForbiddenError();
  }
  let saved = false;
  try {
    const result = await next({ ctx: { actor } });
    // a refused save ({ ok: false }: a stale version, a rule) wrote nothing
    saved = result.navigationKind === "redirect" || (result.success && (result.data as { ok?: unknown })?.ok !== false);
    return result;
  } finally {
    if (WRITES.has(metadata.action) && REPLICA_SERVED.has(metadata.resource)) {
      // this user's next reads see the save, on whichever process (lib/server/data-change/own-write.ts);
      // only after one: setting the cookie re-renders the page, which would clear a refusal's form state
      if (saved) await noteOwnWrite();
      // the dashboard recomputes in the background (from the replica if there is one) if the data stamp moved
      replicaReads(dataChanged);
    }
  }
});
