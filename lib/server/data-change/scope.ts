import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Which reads may be served by the streaming replica (DATABASE_REPLICA_URL): the ones made
// inside replicaReads() — the dashboard (its page, its drill-down lists, its refresh in the
// background), the exports and the print views. Everything else reads the primary, and so does a
// read inside the scope whenever the replica cannot serve it (replica.ts decides per read).
// On globalThis: Next.js may bundle this module more than once (instrumentation, pages, actions).
const g = globalThis as unknown as { miaopuReplicaScope?: AsyncLocalStorage<true> };
const scope = (g.miaopuReplicaScope ??= new AsyncLocalStorage<true>());

/** Runs `work` (and whatever it starts: awaits, timers) with its reads allowed on the replica. */
export function replicaReads<T>(work: () => T): T {
  return scope.run(true, work);
}

export function inReplicaScope(): boolean {
  return scope.getStore() === true;
}
