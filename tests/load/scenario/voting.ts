// `npm run load -- --scenario voting [--voters 300 --window 120]`: a 民主推荐 meeting on its phones.
// The organization department (one signed-in staff user) sets up a session for a unit's two
// open nominations (or one) with 300 voters (20 班子成员, 80 中层干部, 200 其他干部), issues the codes
// and reads them off the slips page, as printed, then opens the vote ("现在开始投票"). Then each voter, from an address of their
// own, arrives at a random moment within the window: opens /vote, sends the code (ballot),
// marks one name and casts. Passes with every request answered and every ballot counted
// (300 ballots, 300 codes used), then the staff close the session and read the tally.
import os from "node:os";
import pg from "pg";
import { DEMO_PASSWORD } from "../../factories/demo-accounts";
import { Rng } from "../../factories/random";
import { HttpUser } from "../client/http-user";
import { actionId, actionIds } from "../client/server-actions";
import { formatReport, Recorder } from "../driver/stats";
import { startAppUnderTest } from "../harness/app-under-test";

const local = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

async function openNominations(ownerUrl: string): Promise<{ unitId: string; ids: string[] }> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ unitId: string; ids: string[] }>(`
      SELECT "unitId", (array_agg(id ORDER BY id))[1:2] AS ids FROM "Nomination"
      WHERE stage IN ('PROPOSED', 'RECOMMENDED', 'INVESTIGATED', 'DELIBERATED')
      GROUP BY "unitId" ORDER BY count(*) DESC, "unitId" LIMIT 1`);
    if (!rows.length) throw new Error("the seed has no open nomination");
    return rows[0];
  } finally {
    await db.end();
  }
}

async function counted(ownerUrl: string, sessionId: string) {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const q = async (sql: string) => Number((await db.query<{ n: string }>(sql, [sessionId])).rows[0].n);
    return {
      ballots: await q(`SELECT count(*) n FROM "Ballot" WHERE "sessionId" = $1`),
      used: await q(`SELECT count(*) n FROM "VotingCode" WHERE "sessionId" = $1 AND used`),
    };
  } finally {
    await db.end();
  }
}

async function post(baseUrl: string, ip: string, path: string, body: unknown) {
  const r = await fetch(new URL(path, baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": ip },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return {
    status: r.status,
    json: (await r.json().catch(() => null)) as { ok?: boolean; value?: unknown; message?: string } | null,
  };
}

export async function runVotingScenario(opt: (name: string, fallback: number) => number): Promise<boolean> {
  const voters = opt("voters", 300);
  const windowS = opt("window", 120);
  const app = await startAppUnderTest({ cadres: opt("cadres", 600) });
  try {
    await app.startServer();
    const ids = actionIds();
    const act = (name: string) => actionId(ids, `app/(app)/voting/actions.ts#${name}`);
    const staff = new HttpUser(app.baseUrl, "10.30.0.1", "orgstaff", DEMO_PASSWORD);
    const problem = await staff.signIn();
    if (problem) throw new Error(`staff sign-in: ${problem}`);
    const { unitId, ids: nominationIds } = await openNominations(app.ownerUrl);
    const now = new Date();
    const team = Math.round(voters / 15);
    const middle = Math.round((voters * 4) / 15);
    const created = await staff.action("/voting/new", act("createVotingSessionAction"), {
      title: "负载测试民主推荐",
      kind: "MEETING_RECOMMENDATION",
      unitId,
      postTitle: "副主任",
      maxChoices: "1",
      // ahead: slips are printed before voting opens; "现在开始投票" then opens it
      opensAt: local(new Date(now.getTime() + 10 * 60_000)),
      closesAt: local(new Date(now.getTime() + (windowS + 600) * 1000)),
      votersTeam: String(team),
      votersMiddle: String(middle),
      votersOther: String(voters - team - middle),
      nominationIds,
      includeTeam: false,
    });
    const sessionId = (created.result?.data as { id?: string } | undefined)?.id;
    if (!sessionId) throw new Error(`create session: ${JSON.stringify(created.result ?? created.body.slice(0, 200))}`);
    const issued = await staff.action(`/voting/${sessionId}`, act("issueCodesAction"), { id: sessionId, version: 1 });
    if (!(issued.result?.data as { issued?: number } | undefined)?.issued)
      throw new Error(`issue codes: ${JSON.stringify(issued.result)}`);
    const slips = await staff.page(`/voting/${sessionId}/slips`);
    const codes = [...slips.body.matchAll(/data-testid="slip-code"[^>]*>([2-9A-Z-]{14})</g)].map((m) => m[1]);
    if (codes.length !== voters) throw new Error(`the slips page shows ${codes.length} codes, expected ${voters}`);
    const opened = await staff.action(`/voting/${sessionId}`, act("openVotingNowAction"), {
      id: sessionId,
      version: 1,
    });
    if (!(opened.result?.data as { ok?: boolean } | undefined)?.ok)
      throw new Error(`open voting: ${JSON.stringify(opened.result)}`);

    console.log(
      `▶ ${voters} voters within ${windowS} s, each from its own address: GET /vote, POST /vote/ballot, POST /vote/cast`,
    );
    const rng = new Rng(20261207);
    const recorder = new Recorder();
    const load0 = os.loadavg()[0];
    const t0 = performance.now();
    const timed = async (endpoint: string, run: () => Promise<string | null>) => {
      const t = performance.now();
      const problem = await run().catch((e: Error) => `${e.name}: ${e.message}`);
      recorder.add({ endpoint, ms: performance.now() - t, ok: !problem, detail: problem ?? undefined });
      return !problem;
    };
    await Promise.all(
      codes.map(async (code, i) => {
        const r = rng.fork(`voter-${i}`);
        await new Promise((res) => setTimeout(res, r.next() * windowS * 1000));
        const ip = `10.40.${Math.floor(i / 250)}.${(i % 250) + 1}`;
        const page = await timed("GET /vote", async () => {
          const res = await fetch(new URL("/vote", app.baseUrl), { headers: { "x-forwarded-for": ip } });
          await res.text();
          return res.status === 200 ? null : `HTTP ${res.status}`;
        });
        if (!page) return;
        let ballot: { category: string; candidates: { id: string }[] } | null = null;
        const opened = await timed("POST /vote/ballot", async () => {
          const res = await post(app.baseUrl, ip, "/vote/ballot", { code });
          ballot = res.json?.ok ? (res.json.value as typeof ballot) : null;
          return ballot ? null : `HTTP ${res.status} ${res.json?.message}`;
        });
        if (!opened || !ballot) return;
        const b: { category: string; candidates: { id: string }[] } = ballot;
        const pick = b.candidates[Math.floor(r.next() * b.candidates.length)];
        await timed("POST /vote/cast", async () => {
          const res = await post(app.baseUrl, ip, "/vote/cast", {
            code,
            category: b.category,
            marks: { [pick.id]: "RECOMMEND" },
          });
          return res.json?.ok ? null : `HTTP ${res.status} ${res.json?.message}`;
        });
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const load1 = os.loadavg()[0];
    const figures = recorder.figures(seconds);
    console.log(`\n${formatReport(figures)}`);
    const { ballots, used } = await counted(app.ownerUrl, sessionId);
    const closed = await staff.action(`/voting/${sessionId}`, act("closeVotingSessionAction"), {
      id: sessionId,
      version: 2,
    });
    const results = await staff.page(`/voting/${sessionId}`);
    const tallyOk =
      !!(closed.result?.data as { ok?: boolean } | undefined)?.ok && results.body.includes(`收回 ${voters}`);
    console.log(
      `\nballots stored ${ballots}, codes used ${used} (expected ${voters}); closed and tallied: ${tallyOk ? "yes" : "NO"}`,
    );
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${load0.toFixed(1)} → ${load1.toFixed(1)} (shared machine); PostgreSQL ${app.cluster.major}; Node ${process.version}`,
    );
    const passed = figures.all.errors === 0 && ballots === voters && used === voters && tallyOk;
    console.log(
      `${passed ? "✓" : "✗"} ${voters} voters in ${seconds.toFixed(0)} s (window ${windowS} s): ${figures.all.count} requests, p95 ${figures.all.p95.toFixed(0)} ms, ${figures.all.errors} errors (target 0)`,
    );
    return passed;
  } finally {
    await app.dispose();
  }
}
