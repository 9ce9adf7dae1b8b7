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
import { ZodError } from "zod";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "@/lib/errors/user-facing";
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from "@/lib/import/upload-limits";

export { MAX_UPLOAD_BYTES };

export const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" or garbage: a refusal, not a 500
  }
}

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
    if (!sameOrigin(origin, host)) return plain(403, "请求来源不正确");
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_UPLOAD_BYTES) return plain(413, uploadTooLargeMessage());
  }
  if (!can(actor.role, resource, action) || actor.mustChangePassword || actor.mustEnrollTotp) {
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

/**
 * An upload's form, read within MAX_UPLOAD_BYTES also when the client sent no Content-Length
 * (chunked), or the response refusing it: 413 over the limit, 400 when it is no form.
 */
export async function readUploadForm(request: Request): Promise<FormData | Response> {
  let source = request;
  if (!request.headers.has("content-length") && request.body) {
    const bytes = await readAtMost(request.body, MAX_UPLOAD_BYTES);
    if (!bytes) return plain(413, uploadTooLargeMessage());
    source = new Request(request.url, { method: "POST", headers: request.headers, body: bytes });
  }
  const form = await source.formData().catch(() => null);
  return form ?? plain(400, "上传内容无法读取，请重新选择文件");
}

async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The status of a failed request: refusals are 4xx, only the unexpected is 500. */
export function errorStatus(error: unknown): number {
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ZodError) return 400;
  if (error instanceof UserFacingError) return 422;
  return 500;
}

export function userMessage(error: unknown): string {
  if (error instanceof ZodError) return "请求参数不正确";
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
