import "server-only";
// Guesses at voting codes, throttled per address like failed sign-ins (lib/server/auth/throttle.ts):
// after 20 refused codes in 5 minutes an address gets only "try later" (the code is not even
// looked up). Only refusals count: a whole meeting room behind one address votes freely. With
// 30^12 ≈ 5.3 × 10^17 codes of which at most a few thousand (say 3,000) are valid at a time,
// the 5,760 guesses a day one address is allowed find one with probability ≈ 3 × 10^-11.
import { FailureWindow } from "@/lib/server/auth/throttle";

export const MAX_CODE_FAILURES_PER_WINDOW = 20;
// On globalThis: /vote/ballot and /vote/cast are separate route bundles, each with its own copy
// of this module; both must count into one window per process.
const KEY = Symbol.for("miaopu.voting.codeFailures");
const holder = globalThis as unknown as Record<symbol, FailureWindow | undefined>;
const failures: FailureWindow = (holder[KEY] ??= new FailureWindow(MAX_CODE_FAILURES_PER_WINDOW));

export function codeGuessesExceeded(ip: string | null, now: Date): boolean {
  return !!ip && failures.exceeded(ip, now);
}

export function recordCodeFailure(ip: string | null, now: Date): void {
  if (ip) failures.record(ip, now);
}

export function resetCodeThrottle(): void {
  failures.clear();
}
