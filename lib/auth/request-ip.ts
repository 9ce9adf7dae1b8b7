// The client address as the nearest proxy saw it: the last X-Forwarded-For entry (nginx's
// $proxy_add_x_forwarded_for appends the peer address), or X-Real-IP.
type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(h: HeaderSource, name: string): string | null {
  if (typeof (h as { get?: unknown }).get === "function") return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(",") : (v ?? null);
}

export function requestIp(h: HeaderSource): string | null {
  const xff = read(h, "x-forwarded-for");
  if (xff) {
    const parts = xff
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length) return parts[parts.length - 1].slice(0, 64);
  }
  return read(h, "x-real-ip")?.slice(0, 64) ?? null;
}
