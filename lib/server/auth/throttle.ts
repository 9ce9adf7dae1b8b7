import "server-only";

// Per-IP throttling of failed sign-ins (the per-account lockout lives in the database).
// Only failures count: a whole office behind one NAT address signs in at 8:30 in the morning,
// and those sign-ins must not lock each other out; someone guessing passwords from one address
// fails, and is slowed down after 30 failures in 5 minutes. In memory: it protects one app
// process; behind several processes the proxy's rate limit applies as well (docs/security.md).
const WINDOW_MS = 5 * 60_000;
export const MAX_FAILURES_PER_WINDOW = 30;
const failures = new Map<string, number[]>();

function recent(ip: string, t: number): number[] {
  return (failures.get(ip) ?? []).filter((x) => t - x < WINDOW_MS);
}

/** True when this address has failed too often lately; the attempt is then refused unchecked. */
export function isSignInThrottled(ip: string, now: Date): boolean {
  return recent(ip, now.getTime()).length >= MAX_FAILURES_PER_WINDOW;
}

export function recordSignInFailure(ip: string, now: Date): void {
  const t = now.getTime();
  const list = recent(ip, t);
  list.push(t);
  failures.set(ip, list);
  if (failures.size > 10_000) {
    for (const [key, times] of failures) if (times.every((x) => t - x >= WINDOW_MS)) failures.delete(key);
  }
}

export function resetThrottle(): void {
  failures.clear();
}
