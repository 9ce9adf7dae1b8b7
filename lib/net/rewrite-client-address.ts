// The one place the client's address enters a request: the app's HTTP server
// (lib/cli/http-server.ts) calls this before Next.js sees the request, so pages, route
// handlers, server actions and next-auth read it from a header (lib/auth/request-ip.ts),
// which is all they can see. A client-sent header of that name is always dropped first.
import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "../auth/request-ip";
import { resolveClientAddress, type TrustedProxies } from "./client-address";

export function rewriteClientAddress(req: IncomingMessage, trusted: TrustedProxies): string | null {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const client = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (client) req.headers[CLIENT_ADDRESS_HEADER] = client;
  return client;
}
