import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security/headers";

// Next.js 16 Proxy (the former middleware): runs before every page and API request. It sets
// the security headers with a fresh CSP nonce (Next.js reads it from the request's CSP header
// and puts it on its own scripts) and drops `x-middleware-subrequest`, so a client cannot use
// it to skip this step (CVE-2025-29927). Authorization is not done here: every page, action
// and route checks the session itself through lib/server.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders(nonce, { dev: process.env.NODE_ENV === "development", https });

  const forwarded = new Headers(request.headers);
  forwarded.delete("x-middleware-subrequest");
  // One id per request, for the audit rows it writes (a client cannot choose it).
  forwarded.set("x-request-id", crypto.randomUUID());
  // The path, for the audit row of a page refused by requirePermission (pages cannot read it).
  forwarded.set("x-miaopu-path", request.nextUrl.pathname);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);

  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
