import "server-only";
// The request's cookies as Playwright cookies for the print renderer's browser context.

export function cookiesOf(header: string | null, base: string) {
  const url = new URL(base);
  return (header ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf("=");
      const name = c.slice(0, i);
      // __Secure-/__Host- cookies (NEXTAUTH_URL on https) must stay Secure; Chromium treats the
      // loopback address as a secure origin and sends them over http.
      const secure = name.startsWith("__Secure-") || name.startsWith("__Host-");
      return {
        name,
        value: c.slice(i + 1),
        domain: url.hostname,
        path: "/",
        httpOnly: true,
        secure,
        sameSite: "Lax" as const,
      };
    });
}
