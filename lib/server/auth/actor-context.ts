import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "@/lib/auth/actor";

// Acting as a user without an HTTP request: command-line jobs and the integration tests that
// call server actions directly. Web requests never set it; they resolve the session cookie.
const storage = new AsyncLocalStorage<{ actor: Actor | null }>();

export function runAs<T>(actor: Actor | null, fn: () => Promise<T>): Promise<T> {
  return storage.run({ actor }, fn);
}

export function contextActor(): { actor: Actor | null } | undefined {
  return storage.getStore();
}
