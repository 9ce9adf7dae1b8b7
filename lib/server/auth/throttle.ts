import "server-only";

// Throttling of failed sign-ins, in front of the per-account lockout that lives in the database.
// Only failures count: a whole office behind one NAT address signs in at 8:30 in the morning,
// and those sign-ins must not lock each other out.
// - per address: someone guessing passwords from one address is slowed down after 30 failures
//   in 5 minutes (which address is the client's is lib/auth/request-ip.ts's business);
// - per account (the typed username, normalized; unknown names too, so the answer does not tell
//   whether the account exists): after 10 failures in 5 minutes, from any number of addresses,
//   attempts are refused before the password is even checked.
// In memory: it protects one app process; behind several processes the proxy's rate limit
// applies as well (docs/security.md). The lockout, which must hold, is counted in the database.
const WINDOW_MS = 5 * 60_000;
export const MAX_FAILURES_PER_WINDOW = 30;
export const MAX_ACCOUNT_FAILURES_PER_WINDOW = 10;
const MAX_KEYS = 10_000;

export class FailureWindow {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly limit: number) {}

  private recent(key: string, t: number): number[] {
    return (this.failures.get(key) ?? []).filter((x) => t - x < WINDOW_MS);
  }

  exceeded(key: string, now: Date): boolean {
    return this.recent(key, now.getTime()).length >= this.limit;
  }

  record(key: string, now: Date): void {
    const t = now.getTime();
    const list = this.recent(key, t);
    list.push(t);
    this.failures.set(key, list);
    if (this.failures.size > MAX_KEYS) {
      for (const [k, times] of this.failures) if (times.every((x) => t - x >= WINDOW_MS)) this.failures.delete(k);
    }
  }

  clear(): void {
    this.failures.clear();
  }
}

const byAddress = new FailureWindow(MAX_FAILURES_PER_WINDOW);
const byAccount = new FailureWindow(MAX_ACCOUNT_FAILURES_PER_WINDOW);

export const accountKey = (username: string) => username.trim().toLowerCase();

/** Which limit, if any, refuses this attempt unchecked. */
export function signInThrottle(ip: string | null, username: string, now: Date): "address" | "account" | null {
  if (ip && byAddress.exceeded(ip, now)) return "address";
  if (byAccount.exceeded(accountKey(username), now)) return "account";
  return null;
}

export function recordSignInFailure(ip: string | null, username: string, now: Date): void {
  if (ip) byAddress.record(ip, now);
  byAccount.record(accountKey(username), now);
}

export function resetThrottle(): void {
  byAddress.clear();
  byAccount.clear();
}
