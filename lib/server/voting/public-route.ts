import "server-only";
// The two public endpoints of the voting page (no account): same-origin JSON POSTs, parsed with
// zod, answered { ok, … } or { ok: false, message } in plain Chinese. Unexpected errors give the
// generic message with a reference id, as everywhere else.
import type { z } from "zod";
import { requestIp } from "@/lib/auth/request-ip";
import { GENERIC_ERROR, newReferenceId } from "@/lib/errors/user-facing";
import { sameOrigin } from "@/lib/server/import/http";
import type { VoteResult } from "./cast";

const MAX_BODY_BYTES = 16_384;

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function votingRoute<S extends z.ZodType, T>(
  request: Request,
  schema: S,
  run: (input: z.output<S>, ctx: { now: Date; ip: string | null }) => Promise<VoteResult<T>>,
): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!sameOrigin(request.headers.get("origin"), host)) return json({ ok: false, message: "请求来源不正确" }, 403);
  // a ballot of 30 names is well under 4 KB; anything larger is not one
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES)
    return json({ ok: false, message: "提交的内容过大" }, 413);
  const body = await request.json().catch(() => null);
  const parsed = schema.safeParse(body);
  if (!parsed.success) return json({ ok: false, message: parsed.error.issues[0]?.message ?? "提交的内容不正确" }, 400);
  try {
    const r = await run(parsed.data, { now: new Date(), ip: requestIp(request.headers) });
    return r.ok ? json({ ok: true, value: r.value }) : json({ ok: false, message: r.message }, 422);
  } catch (e) {
    const ref = newReferenceId();
    console.error(`[miaopu] unexpected error, reference ${ref}:`, e);
    return json({ ok: false, message: `${GENERIC_ERROR}（参考编号：${ref}）` }, 500);
  }
}
