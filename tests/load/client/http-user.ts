// One signed-in user as a browser would be: its own cookies, its own client address (nginx
// passes it in X-Forwarded-For; the app throttles sign-ins per address), signing in through
// next-auth's credentials endpoint exactly as the sign-in form does.
import { decodeActionResult, encodeActionArgs, type ActionResult } from "./server-actions";

export interface Reply {
  status: number;
  ok: boolean;
  body: string;
}

export class HttpUser {
  private readonly cookies = new Map<string, string>();

  constructor(
    /** may change after sign-in (the fault test signs in directly, then goes through nginx) */
    public baseUrl: string,
    readonly ip: string,
    readonly username: string,
    private readonly password: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return { "x-forwarded-for": this.ip, "user-agent": "miaopu-load/1", ...(cookie ? { cookie } : {}), ...extra };
  }

  private keepCookies(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private async send(path: string, init: RequestInit, timeoutMs: number): Promise<Reply> {
    const res = await fetch(new URL(path, this.baseUrl), {
      ...init,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    this.keepCookies(res);
    return { status: res.status, ok: res.status >= 200 && res.status < 400, body: await res.text() };
  }

  /** The session's cookies, e.g. to open a real browser as this user. */
  cookieList(): { name: string; value: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value }));
  }

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }

  /** next-auth credentials sign-in; resolves to an error text or null. */
  async signIn(timeoutMs = 30_000): Promise<string | null> {
    const csrf = await this.send("/api/auth/csrf", { headers: this.headers() }, timeoutMs);
    if (csrf.status !== 200) return `csrf ${csrf.status}`;
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = new URLSearchParams({
      csrfToken,
      username: this.username,
      password: this.password,
      totp: "",
      json: "true",
      callbackUrl: "/",
    });
    const r = await this.send(
      "/api/auth/callback/credentials",
      { method: "POST", headers: this.headers({ "content-type": "application/x-www-form-urlencoded" }), body: form },
      timeoutMs,
    );
    if (!this.signedIn) return `sign-in ${r.status}: ${r.body.slice(0, 200)}`;
    return null;
  }

  /** A full page load (the document), as when following a link or reloading. */
  page(path: string, timeoutMs = 30_000): Promise<Reply> {
    return this.send(path, { headers: this.headers({ accept: "text/html" }) }, timeoutMs);
  }

  /** Calls a server action the way React does from the page at `pagePath`. */
  async action(
    pagePath: string,
    actionId: string,
    input: unknown,
    timeoutMs = 30_000,
  ): Promise<Reply & { result: ActionResult | null }> {
    const r = await this.send(
      pagePath,
      {
        method: "POST",
        headers: this.headers({
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          "next-action": actionId,
          origin: new URL(this.baseUrl).origin,
        }),
        body: encodeActionArgs([input]),
      },
      timeoutMs,
    );
    return { ...r, result: r.status === 200 ? decodeActionResult(r.body) : null };
  }
}
