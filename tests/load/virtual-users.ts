// Builds and signs in the virtual users of a run: 60 % organization-department staff, 25 %
// unit party committee, 15 % leaders, all on the demo accounts (one session each, each from
// its own client address), with disjoint slices of cadres to edit and nominations to advance.
import { DEMO_PASSWORD } from "../factories/demo-accounts";
import { Rng } from "../factories/random";
import { HttpUser } from "./client/http-user";
import type { Recorder } from "./driver/stats";
import { slices, type LoadFixtures } from "./scenario/fixtures";
import type { LoadRole, VirtualUser } from "./scenario/mix";

const SLICE_MAX = 25;

export function buildVirtualUsers(n: number, f: LoadFixtures, baseUrl: string, seed = 20261122): VirtualUser[] {
  const unitCount = Math.max(1, Math.round(n * 0.25));
  const leaderCount = Math.max(1, Math.round(n * 0.15));
  const staffCount = Math.max(1, n - unitCount - leaderCount);
  const roles: LoadRole[] = [
    ...Array<LoadRole>(staffCount).fill("ORG_STAFF"),
    ...Array<LoadRole>(unitCount).fill("UNIT"),
    ...Array<LoadRole>(leaderCount).fill("LEADER"),
  ];
  const unitSet = new Set(f.unitCadreIds);
  const staffSlices = slices(
    f.allCadreIds.filter((id) => !unitSet.has(id)),
    staffCount,
  );
  const unitSlices = slices(f.unitCadreIds, unitCount);
  const nominationSlices = slices(f.advanceable, staffCount);
  let s = 0;
  let u = 0;
  const root = new Rng(seed);
  return roles.map((role, i) => {
    const nominations = role === "ORG_STAFF" ? nominationSlices[s] : [];
    const ids = role === "ORG_STAFF" ? staffSlices[s++] : role === "UNIT" ? unitSlices[u++] : [];
    const ip = `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    return {
      role,
      http: new HttpUser(baseUrl, ip, f.accounts[role].username, DEMO_PASSWORD),
      rng: root.fork(`vu-${i}`),
      editSlice: ids.slice(0, SLICE_MAX).map((id) => f.editable.get(id)!),
      nominations,
    };
  });
}

/** Signs everyone in, `batch` at a time (sign-in is deliberately expensive: argon2id). */
export async function signInAll(users: VirtualUser[], recorder: Recorder, batch = 5): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < users.length; i += batch) {
    await Promise.all(
      users.slice(i, i + batch).map(async (vu) => {
        const t = performance.now();
        const problem = await vu.http.signIn().catch((e: Error) => e.message);
        recorder.add({
          endpoint: "POST sign-in",
          ms: performance.now() - t,
          ok: !problem,
          detail: problem ?? undefined,
        });
        if (problem) problems.push(`${vu.http.username}@${vu.http.ip}: ${problem}`);
      }),
    );
  }
  return problems;
}
