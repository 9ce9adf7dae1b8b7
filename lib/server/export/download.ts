import "server-only";
// Shared pieces of the export and print routes: the actor check (a denial is audited, like a
// server action's), the reference date from the query, and the attachment response.
import { todayInChina } from "@/lib/format/dates";
import { toDay } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import type { Action, Resource } from "@/lib/authz/permissions";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { replicaReads } from "@/lib/server/data-change/scope";
import { errorStatus, guardRequest, plain, userMessage } from "@/lib/server/import/http";

export function asOfParam(url: URL): Date {
  const v = url.searchParams.get("asOf") ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? toDay(v) : todayInChina();
}

export function idsParam(url: URL): string[] {
  return (url.searchParams.get("ids") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z0-9_-]{1,40}$/.test(s));
}

/**
 * The cadres a form export or print is for: `ids=a,b,…`, or `unitId=…` for the serving cadres
 * of one unit (within the actor's scope for that action), in name order.
 */
export async function cadreIdsParam(actor: Actor, url: URL, action: "export" | "print"): Promise<string[]> {
  const ids = idsParam(url);
  const unitId = url.searchParams.get("unitId");
  if (ids.length || !unitId) return ids;
  const rows = await prisma.cadre.findMany({
    where: { AND: [cadreScope(actor, action), { unitId, status: "SERVING", archivedAt: null }] },
    select: { id: true },
    orderBy: [{ namePinyin: "asc" }, { id: "asc" }],
    take: 501,
  });
  return rows.map((r) => r.id);
}

export function attachment(fileName: string, contentType: string, body: Uint8Array): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}

/**
 * Runs an export for a permitted actor. A refusal answers 4xx with its message (not signed in
 * 401, not allowed 403, not found or out of scope 404, bad parameters 400, other user-facing
 * problems 422); only the unexpected is 500, with a reference id.
 */
export async function exportRoute(
  request: Request,
  name: string,
  resource: Resource,
  action: Action,
  run: (actor: Actor, url: URL) => Promise<Response>,
): Promise<Response> {
  const actor = await guardRequest(request, name, resource, action);
  if (actor instanceof Response) return actor;
  try {
    // an export's reads may go to the streaming replica (its audit row is written to the primary)
    return await replicaReads(() => run(actor, new URL(request.url)));
  } catch (e) {
    return plain(errorStatus(e), userMessage(e));
  }
}
