import "server-only";
import { clearThrottleScopes, failuresInWindow, recordFailures, type ThrottleKey } from "./shared-throttle";

// Throttling of failed sign-ins, in front of the per-account lockout that lives in the database.
// Only failures count: a whole office behind one NAT address signs in at 8:30 in the morning,
// and those sign-ins must not lock each other out.
// - per address: someone guessing passwords from one address is slowed down after 30 failures
//   in 5 minutes (which address is the client's is lib/auth/request-ip.ts's business);
// - per account (the typed username, normalized; unknown names too, so the answer does not tell
//   whether the account exists): after 10 failures in 5 minutes, from any number of addresses,
//   attempts are refused before the password is even checked.
// Counted in PostgreSQL (shared-throttle.ts), so every app process behind the proxy sees the same
// counters; the per-account lockout, which must hold, is counted on the account's row.
export const MAX_FAILURES_PER_WINDOW = 30;
export const MAX_ACCOUNT_FAILURES_PER_WINDOW = 10;
const ADDRESS = "signin-address";
const ACCOUNT = "signin-account";

export const accountKey = (username: string) => username.trim().toLowerCase();

function keysOf(ip: string | null, username: string): ThrottleKey[] {
  const keys = [{ scope: ACCOUNT, key: accountKey(username) }];
  return ip ? [{ scope: ADDRESS, key: ip }, ...keys] : keys;
}

/** Which limit, if any, refuses this attempt unchecked (one statement). */
export async function signInThrottle(
  ip: string | null,
  username: string,
  now: Date,
): Promise<"address" | "account" | null> {
  const n = await failuresInWindow(keysOf(ip, username), now);
  if ((n.get(ADDRESS) ?? 0) >= MAX_FAILURES_PER_WINDOW) return "address";
  if ((n.get(ACCOUNT) ?? 0) >= MAX_ACCOUNT_FAILURES_PER_WINDOW) return "account";
  return null;
}

export async function recordSignInFailure(ip: string | null, username: string, now: Date): Promise<void> {
  await recordFailures(keysOf(ip, username), now);
}

/** Tests: forget every sign-in failure counted. */
export async function resetThrottle(): Promise<void> {
  await clearThrottleScopes([ADDRESS, ACCOUNT]);
}
