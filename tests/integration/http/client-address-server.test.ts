// The app server's request rewriting (lib/net/rewrite-client-address.ts) on a real socket: a
// Node HTTP server whose handler echoes what the app would read (lib/auth/request-ip.ts), and
// the requests it answers itself (lib/net/refuse-malformed.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, requestIp } from "@/lib/auth/request-ip";
import { parseTrustedProxies } from "@/lib/net/client-address";
import { refuseMalformed } from "@/lib/net/refuse-malformed";
import { rewriteClientAddress } from "@/lib/net/rewrite-client-address";

let server: http.Server | undefined;

async function echoServer(trustedSpec: string | undefined): Promise<string> {
  const trusted = parseTrustedProxies(trustedSpec);
  server = http.createServer((req, res) => {
    rewriteClientAddress(req, trusted);
    if (refuseMalformed(req, res)) return;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ ip: requestIp(req.headers), proto: req.headers["x-forwarded-proto"] ?? null }));
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const seen = async (url: string, headers: Record<string, string> = {}) =>
  (await (await fetch(url, { headers })).json()) as { ip: string | null; proto: string | null };
const ipSeen = async (url: string, headers: Record<string, string> = {}) => (await seen(url, headers)).ip;

afterEach(async () => {
  await new Promise((r) => server?.close(r));
  server = undefined;
});

describe("the app server's client address", () => {
  it("trusting nobody: the socket address; a client's own header and X-Forwarded-For are ignored", async () => {
    const url = await echoServer(undefined);
    expect(await ipSeen(url)).toBe("127.0.0.1");
    expect(await ipSeen(url, { [CLIENT_ADDRESS_HEADER]: "6.6.6.6" })).toBe("127.0.0.1");
    expect(await ipSeen(url, { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" })).toBe("127.0.0.1");
  });

  it("from a trusted proxy: the address that proxy appended to X-Forwarded-For", async () => {
    const url = await echoServer("127.0.0.1,::1");
    expect(await ipSeen(url, { "x-forwarded-for": "6.6.6.6, 198.51.100.4" })).toBe("198.51.100.4");
    // even the trusted proxy cannot pass the header through: it is set from X-Forwarded-For
    expect(await ipSeen(url, { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "198.51.100.4" })).toBe(
      "198.51.100.4",
    );
    expect(await ipSeen(url)).toBe("127.0.0.1");
  });

  it("X-Forwarded-Proto (which turns on HSTS) only from a trusted proxy", async () => {
    expect((await seen(await echoServer(undefined), { "x-forwarded-proto": "https" })).proto).toBeNull();
    await new Promise((r) => server?.close(r));
    expect((await seen(await echoServer("127.0.0.1"), { "x-forwarded-proto": "https" })).proto).toBe("https");
  });

  it("a proxy on another address is not trusted because loopback is", async () => {
    const url = await echoServer("10.0.0.1");
    expect(await ipSeen(url, { "x-forwarded-for": "198.51.100.4" })).toBe("127.0.0.1");
  });
});

describe("requests the app server refuses before Next.js", () => {
  it("a NUL character anywhere, or a path that does not decode: 400 instead of a 500", async () => {
    const url = await echoServer(undefined);
    for (const path of ["cadres/%00", "cadres?q=a%00b", "units/x%00%41", "cadres/%ZZ", "nominations/%E0%A4%A"]) {
      const r = await fetch(url + path);
      expect(r.status, path).toBe(400);
      expect(await r.text()).toBe("请求地址不正确");
    }
    expect((await fetch(`${url}cadres/%E5%BC%A0?q=100%25`)).status).toBe(200);
  });
});
