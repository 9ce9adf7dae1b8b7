// The one place the client's address enters a request: the app's HTTP server
// (lib/cli/http-server.ts) calls this before Next.js sees the request, so pages, route
// handlers, server actions and next-auth read it from a header (lib/auth/request-ip.ts),
// which is all they can see. A client-sent header of that name is always dropped first, and the
// other forwarded headers (X-Forwarded-Proto decides HSTS in proxy.ts) are believed only from a
// trusted proxy: from anyone else they are dropped.
import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "../auth/request-ip";
import { normalizeAddress, resolveClientAddress, type TrustedProxies } from "./client-address";

const FORWARDED_FROM_PROXY = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"] as const;

export function rewriteClientAddress(req: IncomingMessage, trusted: TrustedProxies): string | null {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const peer = normalizeAddress(req.socket.remoteAddress);
  if (!peer || !trusted(peer)) for (const h of FORWARDED_FROM_PROXY) delete req.headers[h];
  const client = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (client) req.headers[CLIENT_ADDRESS_HEADER] = client;
  return client;
}
