import "server-only";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { can, type Action, type Resource } from "@/lib/authz/permissions";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { contextActor } from "./actor-context";
import { recordPageDenied } from "@/lib/server/audit/refusals";
import { SESSION_COOKIE } from "./options";
import { requestIp } from "@/lib/auth/request-ip";
import { resolveSession } from "./sessions";

/** The acting user of this request, or null. Resolved once per request (React cache). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const ctx = contextActor();
  if (ctx) return ctx.actor;
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  const sid = typeof token?.sid === "string" ? token.sid : null;
  if (!sid) return null;
  const h = await headers();
  return resolveSession(sid, new Date(), requestIp(h), {
    userAgent: h.get("user-agent"),
    requestId: h.get("x-request-id"),
  });
});

/**
 * For pages: the actor, or a redirect to sign-in, to the forced password change, or (after
 * it) to the enrolment of the second factor. The two account pages allow their own step.
 */
export async function requireActor(
  options: { allowPasswordChange?: boolean; allowEnrolment?: boolean } = {},
): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  if (actor.mustEnrollTotp && !actor.mustChangePassword && !options.allowEnrolment) redirect("/account/second-factor");
  return actor;
}

/** For pages of one area: the actor if the permission table allows it, else not found. */
export async function requirePermission(resource: Resource, action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, resource, action)) {
    await recordPageDenied(actor, { resource, action });
    notFound();
  }
  return actor;
}

/** For pages that two roles reach through different permissions: any one of them suffices. */
export async function requireAnyPermission(...needs: [Resource, Action][]): Promise<Actor> {
  const actor = await requireActor();
  if (!needs.some(([resource, action]) => can(actor.role, resource, action))) {
    await recordPageDenied(actor, { resource: needs[0][0], action: needs[0][1] });
    notFound();
  }
  return actor;
}
