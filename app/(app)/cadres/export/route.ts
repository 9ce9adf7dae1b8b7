// GET /cadres/export?<the roster's search params>: the current view as .xlsx (audited).
import { getActor } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/server/authz/permissions";
import { exportRoster } from "@/lib/server/cadres/roster-export";
import { UserFacingError } from "@/lib/server/errors";
import { parseRosterQuery } from "@/lib/validation/roster-query";

export const dynamic = "force-dynamic";

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword) return text(401, "登录已失效，请重新登录");
  if (!can(actor.role, "cadre", "export")) return text(404, "未找到");
  const { query } = parseRosterQuery(new URL(request.url).searchParams);
  try {
    const out = await exportRoster(actor, query);
    return new Response(new Uint8Array(out.buffer), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(out.fileName)}`,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof UserFacingError) return text(422, e.message);
    throw e;
  }
}
