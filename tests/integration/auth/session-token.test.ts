// Issue 18, item 10: the session token next-auth issues lives as long as the absolute session
// limit (12 hours), not next-auth's default 30 days — both the cookie's expiry and the JWT's own
// `exp`. Fails on the code before this change: session.maxAge set the cookie to 12 h, but the
// JWT inside carried exp = iat + 30 days (jwt.maxAge defaults to 30 days, not to session.maxAge).
import { describe, expect, it, vi } from "vitest";
import { ABSOLUTE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { createTestUser, TEST_PASSWORD } from "../../support/users";

/** Just enough of a Next.js API request/response pair for next-auth's own handler. */
async function callNextAuth(
  handler: (req: unknown, res: unknown) => Promise<unknown>,
  action: string[],
  method: "GET" | "POST",
  cookies: Record<string, string>,
  body: Record<string, string> = {},
) {
  const headers: Record<string, unknown> = {};
  let sent: unknown;
  const res = {
    status: () => res,
    setHeader: (k: string, v: unknown) => ((headers[k.toLowerCase()] = v), res),
    getHeader: (k: string) => headers[k.toLowerCase()],
    end: () => undefined,
    send: (b: unknown) => void (sent = b),
    json: (b: unknown) => void (sent = b),
  };
  const req = {
    query: { nextauth: action },
    method,
    cookies,
    body,
    headers: { host: "localhost:3000", "user-agent": "vitest" },
  };
  await handler(req, res);
  const setCookies = ([] as string[]).concat((headers["set-cookie"] as string[]) ?? []);
  return { body: sent, setCookies };
}

const cookieValue = (header: string) => decodeURIComponent(header.split(";")[0].split("=").slice(1).join("="));

describe("the session token issued at sign-in", () => {
  it("expires with the absolute session limit: cookie and JWT exp both 12 hours", async () => {
    // restored after the test (unstubEnvs in vitest.config.ts)
    const secret = "test-secret-for-the-session-token-test-0123456789";
    vi.stubEnv("NEXTAUTH_SECRET", secret);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const NextAuth = (await import("next-auth")).default;
    const { decode } = await import("next-auth/jwt");
    const { authOptions, SESSION_COOKIE } = await import("@/lib/server/auth/options");
    const handler = (req: unknown, res: unknown) => NextAuth(req as never, res as never, { ...authOptions, secret });
    const user = await createTestUser("ORG_STAFF");

    // the CSRF double-submit token the form sends along
    const csrf = await callNextAuth(handler, ["csrf"], "GET", {});
    const csrfHeader = csrf.setCookies.find((c) => c.includes("csrf-token="))!;
    const csrfName = csrfHeader.split("=")[0];
    const before = Date.now();
    const res = await callNextAuth(
      handler,
      ["callback", "credentials"],
      "POST",
      { [csrfName]: cookieValue(csrfHeader) },
      {
        username: user.username,
        password: TEST_PASSWORD,
        totp: "",
        csrfToken: (csrf.body as { csrfToken: string }).csrfToken,
      },
    );
    const session = res.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(session, JSON.stringify(res)).toBeDefined();
    const expires = /Expires=([^;]+)/i.exec(session!)?.[1];
    expect(Math.abs(new Date(expires!).getTime() - (before + ABSOLUTE_TIMEOUT_MS))).toBeLessThan(60_000);

    const token = await decode({ token: cookieValue(session!), secret });
    expect(typeof token?.sid).toBe("string");
    expect((token!.exp as number) - (token!.iat as number)).toBe(ABSOLUTE_TIMEOUT_MS / 1000);
  });
});
