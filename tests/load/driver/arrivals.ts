// A fixed arrival rate: each virtual user issues requests as a Poisson process with rate
// total/users, so together they arrive at the configured total rate however fast the server
// answers (an open model — a slow server does not slow the arrivals down). A user has one
// request in flight at a time, as a browser tab does; a request that falls due while the
// previous one is still running starts as soon as it ends, and its latency counts from when
// it was due.
import type { Recorder } from "./stats";
import type { Rng } from "../../factories/random";

export interface ArrivalUser {
  rng: Rng;
}

export interface ArrivalOptions<U extends ArrivalUser> {
  users: U[];
  ratePerSecond: number;
  durationMs: number;
  recorder: Recorder;
  request: (user: U) => Promise<{ endpoint: string; ok: boolean; detail?: string }>;
  /** stop early (e.g. the fault test's phases); checked between requests */
  stopped?: () => boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export async function runArrivals<U extends ArrivalUser>(o: ArrivalOptions<U>): Promise<void> {
  const perUserRate = o.ratePerSecond / o.users.length;
  const start = performance.now();
  const end = start + o.durationMs;
  await Promise.all(
    o.users.map(async (user) => {
      const gap = () => (-Math.log(1 - user.rng.next()) / perUserRate) * 1000;
      let due = start + gap();
      while (due < end && !o.stopped?.()) {
        await sleep(due - performance.now());
        let outcome: { endpoint: string; ok: boolean; detail?: string };
        try {
          outcome = await o.request(user);
        } catch (e) {
          outcome = {
            endpoint: "(request failed)",
            ok: false,
            detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
          };
        }
        o.recorder.add({ ...outcome, ms: performance.now() - due });
        due += gap();
      }
    }),
  );
}
