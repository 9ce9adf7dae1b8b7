import "server-only";

// Per-IP throttling of sign-in attempts (the per-account lockout lives in the database).
// In memory: it protects one app process; behind several processes the proxy's rate limit
// applies as well (docs/security.md).
const WINDOW_MS = 5 * 60_000;
const MAX_PER_WINDOW = 30;
const attempts = new Map<string, number[]>();

export function throttleSignIn(ip: string, now: Date): boolean {
  const t = now.getTime();
  const recent = (attempts.get(ip) ?? []).filter((x) => t - x < WINDOW_MS);
  recent.push(t);
  attempts.set(ip, recent);
  if (attempts.size > 10_000) {
    for (const [key, list] of attempts) if (list.every((x) => t - x >= WINDOW_MS)) attempts.delete(key);
  }
  return recent.length > MAX_PER_WINDOW;
}

export function resetThrottle(): void {
  attempts.clear();
}
