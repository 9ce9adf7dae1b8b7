// Which address a request came from, for the audit rows and the per-address sign-in throttle.
// The socket peer is the truth unless it is one of our own reverse proxies (MIAOPU_TRUSTED_PROXIES):
// only then is X-Forwarded-For read, right to left, skipping our proxies, because every entry left
// of the last one our proxy appended was written by the client and may be anything.
import net from "node:net";

export type TrustedProxies = (address: string) => boolean;

/** An address as Node reports it, in one form: IPv4-mapped IPv6 as IPv4, no brackets or zone. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) a = mapped[1];
  return net.isIP(a) ? a : null;
}

/**
 * Parses "127.0.0.1,::1,10.0.0.0/8,fd00::/8". Empty or unset trusts nobody. Throws on an entry
 * that is not an address or a CIDR block: a typo must stop the server, not silently trust nobody
 * (or everybody).
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [addr, prefix, extra] = entry.split("/");
    const ip = normalizeAddress(addr);
    const family = ip && net.isIP(ip) === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? null : Number(prefix);
    const max = family === "ipv6" ? 128 : 32;
    if (!ip || extra !== undefined || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= max)))
      throw new Error(`MIAOPU_TRUSTED_PROXIES 中的“${entry}”不是 IP 地址或 CIDR 网段`);
    if (bits === null) list.addAddress(ip, family);
    else list.addSubnet(ip, bits, family);
  }
  if (entries.length === 0) return () => false;
  return (address) => {
    const ip = normalizeAddress(address);
    return ip !== null && list.check(ip, net.isIP(ip) === 6 ? "ipv6" : "ipv4");
  };
}

/**
 * The client's address: the socket peer, or — when the peer is a trusted proxy — the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy. An entry that is not an address
 * (e.g. "unknown") ends the walk at the last proxy that vouched for it.
 */
export function resolveClientAddress(
  peer: string | undefined | null,
  forwardedFor: string | string[] | undefined | null,
  trusted: TrustedProxies,
): string | null {
  let client = normalizeAddress(peer);
  if (!client || !trusted(client)) return client;
  const hops = ([] as string[])
    .concat(forwardedFor ?? [])
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return client;
    client = hop;
    if (!trusted(hop)) return hop;
  }
  return client;
}
