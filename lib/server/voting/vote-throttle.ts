import "server-only";
// Guesses at voting codes, throttled per address like failed sign-ins (lib/server/auth/throttle.ts):
// after 20 refused codes in 5 minutes an address gets only "try later" (the code is not even
// looked up). Only refusals count: a whole meeting room behind one address votes freely. With
// 30^12 ≈ 5.3 × 10^17 codes of which at most a few thousand (say 3,000) are valid at a time,
// the 5,760 guesses a day one address is allowed find one with probability ≈ 3 × 10^-11.
// Counted in PostgreSQL (shared-throttle.ts): every app process, and both route bundles of
// /vote/ballot and /vote/cast, see the same counter; one statement per check or refusal.
import {
  clearThrottleScopes,
  failuresInWindow,
  recordFailures,
  type ThrottleDb,
} from "@/lib/server/auth/shared-throttle";

export const MAX_CODE_FAILURES_PER_WINDOW = 20;
const SCOPE = "vote-code-address";

export async function codeGuessesExceeded(ip: string | null, now: Date, db?: ThrottleDb): Promise<boolean> {
  if (!ip) return false;
  const n = await failuresInWindow([{ scope: SCOPE, key: ip }], now, db);
  return (n.get(SCOPE) ?? 0) >= MAX_CODE_FAILURES_PER_WINDOW;
}

export async function recordCodeFailure(ip: string | null, now: Date, db?: ThrottleDb): Promise<void> {
  if (ip) await recordFailures([{ scope: SCOPE, key: ip }], now, db);
}

/** Tests: forget the refusals counted. */
export async function resetCodeThrottle(): Promise<void> {
  await clearThrottleScopes([SCOPE]);
}
