import "server-only";
// The HTTP side of imports: uploads arrive as multipart POSTs to route handlers (server
// actions cap bodies at 1 MB and cannot report progress), answered as NDJSON: progress lines
// while reading, validating and writing, then the report or the result. Same checks as the
// safe-action wrapper: a signed-in actor, the permission table (denials audited), and a
// same-origin request.
import type { ImportEvent } from "@/lib/import/report";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/server/auth/current-actor";
import { can, type Action, type Resource } from "@/lib/authz/permissions";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { newReferenceId, GENERIC_ERROR } from "@/lib/server/actions/safe-action";
import { UserFacingError } from "@/lib/errors/user-facing";

export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The actor, or the response refusing the request. */
export async function guardRequest(
  request: Request,
  name: string,
  resource: Resource,
  action: Action,
): Promise<Actor | Response> {
  const actor = await getActor();
  if (!actor) return plain(401, "登录已失效，请重新登录");
  if (request.method !== "GET") {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!origin || !host || new URL(origin).host !== host) return plain(403, "请求来源不正确");
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_UPLOAD_BYTES) return plain(413, `上传内容过大（不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）`);
  }
  if (!can(actor.role, resource, action) || actor.mustChangePassword) {
    await writeAuditStandalone({
      ...auditBy(actor),
      action: name,
      objectType: null,
      objectId: null,
      result: "DENIED",
    });
    return plain(404, "未找到");
  }
  return actor;
}

export function userMessage(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const ref = newReferenceId();
  console.error(`[miaopu] unexpected error, reference ${ref}:`, error);
  return `${GENERIC_ERROR}（参考编号：${ref}）`;
}

/** Streams events as NDJSON while `run` works; an error becomes the last line. */
export function ndjson(run: (emit: (e: ImportEvent) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (e: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(e)}\n`));
      try {
        await run(emit);
      } catch (e) {
        emit({ type: "error", message: userMessage(e) });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Throttled progress: at most one line per 200 ms per phase change. */
export function progressEmitter(emit: (e: ImportEvent) => void) {
  let last = 0;
  let lastPhase = "";
  return (phase: string, done: number, total: number) => {
    const now = Date.now();
    if (phase === lastPhase && now - last < 200 && done < total) return;
    last = now;
    lastPhase = phase;
    emit({ type: "progress", phase, done, total });
  };
}
