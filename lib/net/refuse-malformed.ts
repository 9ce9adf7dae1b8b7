// Requests the app server answers itself, before Next.js: an address carrying a NUL character
// (%00). PostgreSQL refuses NUL in text ("invalid byte sequence for encoding UTF8: 0x00"), so
// /cadres/%00 or ?q=%00 reached the database as an id or a search and failed with a 500; no
// page or route has a use for it, so it is a bad request.
import type { IncomingMessage, ServerResponse } from "node:http";

const NUL = /%00/i;

/** True when the request was answered (400) and must not reach Next.js. */
export function refuseMalformed(req: IncomingMessage, res: ServerResponse): boolean {
  if (!NUL.test(req.url ?? "")) return false;
  res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end("请求地址不正确");
  return true;
}
