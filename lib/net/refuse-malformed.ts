// Requests the app server answers itself with 400, before Next.js, because Next.js or the
// database would have turned them into a 500:
// - a NUL character (%00) anywhere in the address: PostgreSQL refuses NUL in text ("invalid
//   byte sequence for encoding UTF8: 0x00"), so /cadres/%00 or ?q=%00 failed as an id or a search;
// - a path whose percent-encoding does not decode (/cadres/%ZZ): Next.js 16 answers 500.
import type { IncomingMessage, ServerResponse } from "node:http";

const NUL = /%00/i;

/** True when the request was answered (400) and must not reach Next.js. */
export function refuseMalformed(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "/";
  if (!NUL.test(url) && decodes(url.split("?")[0])) return false;
  res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end("请求地址不正确");
  return true;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
