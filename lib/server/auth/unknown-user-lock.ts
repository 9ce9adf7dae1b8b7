import "server-only";
// The lockout for usernames that have no usable account (unknown, disabled or expired). A real
// account locks after 5 failures for 15 minutes and then answers with the lock message; if an
// unknown name went on answering "用户名或密码错误", the difference would tell an attacker which
// names exist. So these names "lock" the same way.
//
// In memory, per normalized username, and not in the database: there is no row to count on, and
// inserting one per typed name would let anyone fill a table. Lost on restart, which at worst
// lets a guesser see a phantom lock end early; the real accounts' locks, which protect something,
// are counted in the database (attempts.ts).
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from "@/lib/auth/session-policy";
import { accountKey } from "./throttle";

const MAX_KEYS = 10_000;
const state = new Map<string, { failures: number; lockedUntil: number }>();

export function isUnknownUserLocked(username: string, now: Date): boolean {
  return (state.get(accountKey(username))?.lockedUntil ?? 0) > now.getTime();
}

/** Counts a failure as recordFailedAttempt does for an account; true for the one that locks. */
export function recordUnknownUserFailure(username: string, now: Date): { locked: boolean } {
  const key = accountKey(username);
  const t = now.getTime();
  const s = state.get(key) ?? { failures: 0, lockedUntil: 0 };
  if (s.lockedUntil > t) return { locked: false };
  s.failures += 1;
  const locked = s.failures >= MAX_FAILED_ATTEMPTS;
  if (locked) Object.assign(s, { failures: 0, lockedUntil: t + LOCKOUT_MS });
  state.set(key, s);
  if (state.size > MAX_KEYS) {
    for (const [k, v] of state) if (v.lockedUntil <= t && v.failures === 0) state.delete(k);
    // still too many: the oldest entries go (Map keeps insertion order)
    for (const k of state.keys()) {
      if (state.size <= MAX_KEYS) break;
      state.delete(k);
    }
  }
  return { locked };
}

export function resetUnknownUserLocks(): void {
  state.clear();
}
