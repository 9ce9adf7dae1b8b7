// Session lifetimes (等保 2.0: automatic logout after idle time). Documented in docs/security.md.
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
/** lastSeenAt is written at most this often, so a page with many requests costs one write. */
export const TOUCH_INTERVAL_MS = 60_000;

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60_000;
