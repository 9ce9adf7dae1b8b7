import "server-only";
// The plain codes between issuing them and printing the slips: in this process's memory only,
// under a random token bound to the user and the session, for 30 minutes. Never in the
// database, never in a URL the browser keeps beyond the slips page. A lost token means new
// slips (issuing again replaces every code while nobody has voted).
import { randomBytes } from "node:crypto";
import type { IssuedCode } from "./codes";

const TTL_MS = 30 * 60_000;
type Slips = { userId: string; sessionId: string; codes: IssuedCode[]; expires: number };
// On globalThis: Next.js bundles route handlers (the PDF) and pages/actions in separate module
// layers, each with its own copy of this module; one process must share one store.
const KEY = Symbol.for("miaopu.voting.slips");
const holder = globalThis as unknown as Record<symbol, Map<string, Slips> | undefined>;
const store: Map<string, Slips> = (holder[KEY] ??= new Map());

export function stashSlips(userId: string, sessionId: string, codes: IssuedCode[], now = Date.now()): string {
  for (const [k, v] of store) if (v.expires <= now) store.delete(k);
  const token = randomBytes(24).toString("base64url");
  store.set(token, { userId, sessionId, codes, expires: now + TTL_MS });
  return token;
}

export function readSlips(token: string, userId: string, sessionId: string, now = Date.now()): IssuedCode[] | null {
  const v = store.get(token);
  if (!v || v.expires <= now || v.userId !== userId || v.sessionId !== sessionId) return null;
  return v.codes;
}
