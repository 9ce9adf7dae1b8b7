// The client's address as the app's HTTP server determined it (lib/net/rewrite-client-address.ts):
// the socket peer, or X-Forwarded-For only when the peer is a trusted proxy
// (MIAOPU_TRUSTED_PROXIES). The server drops a client-sent header of this name, so it is never
// the client's own claim; X-Forwarded-For and X-Real-IP are not read here for that reason.
// Null without that server (e.g. a test calling a function directly with its own headers).
export const CLIENT_ADDRESS_HEADER = "x-miaopu-client-ip";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(h: HeaderSource, name: string): string | null {
  if (typeof (h as { get?: unknown }).get === "function") return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

export function requestIp(h: HeaderSource): string | null {
  return read(h, CLIENT_ADDRESS_HEADER)?.trim().slice(0, 64) || null;
}
