// npm run bench:print — the 任免审批表 PDF (issue 20 item 6): the production build on a private
// PostgreSQL seeded with the demo district (tests/load/harness), signed in as the demo 组织部
// account, timing GET /cadres/print-pdf as the 下载 PDF button does:
//   · the first PDF after the server started (Chromium launched on demand),
//   · one form, RUNS times, a different cadre each time (Chromium kept warm),
//   · 50 forms in one PDF, BATCH_RUNS times, the 50 cadres with the longest records first.
// Prints median and p95 with the load average before and after; exits 1 when a median or p95
// is over its target (one form 2 s, 50 forms 30 s).
import os from "node:os";
import pg from "pg";
import { DEMO_PASSWORD } from "../factories/demo-accounts";
import { HttpUser } from "../load/client/http-user";
import { startAppUnderTest } from "../load/harness/app-under-test";
import { load, stats } from "./bench-stats";

const CADRES = Number(process.env.BENCH_CADRES ?? 600);
const RUNS = 15;
const BATCH = 50;
const BATCH_RUNS = 5;
const TARGET_ONE_MS = 2_000;
const TARGET_BATCH_MS = 30_000;

const pages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function main() {
  const app = await startAppUnderTest({ cadres: CADRES, log: (l) => console.log(l) });
  try {
    await app.startServer();
    const db = new pg.Client({ connectionString: app.ownerUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `select c.id from "Cadre" c where c."archivedAt" is null
        order by (select count(*) from "Appointment" a where a."cadreId" = c.id)
               + (select count(*) from "FamilyMember" f where f."cadreId" = c.id) desc, c.id`,
    );
    await db.end();
    const ids = rows.map((r) => r.id);
    const staff = new HttpUser(app.baseUrl, "127.0.0.2", "orgstaff", DEMO_PASSWORD);
    const problem = await staff.signIn();
    if (problem) throw new Error(`sign-in: ${problem}`);
    const pdf = async (batch: string[]) => {
      const t = performance.now();
      const res = await fetch(`${app.baseUrl}/cadres/print-pdf?ids=${batch.join(",")}`, {
        headers: {
          cookie: staff
            .cookieList()
            .map((c) => `${c.name}=${c.value}`)
            .join("; "),
          "x-forwarded-for": staff.ip,
        },
        signal: AbortSignal.timeout(120_000),
      });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`GET /cadres/print-pdf: ${res.status} ${body.toString().slice(0, 200)}`);
      return { ms: performance.now() - t, pages: pages(body) };
    };
    console.log(`load average before: ${load()} (${os.cpus().length} cores)`);
    const first = await pdf([ids[0]]);
    const one: number[] = [];
    for (let i = 1; i <= RUNS; i++) one.push((await pdf([ids[i]])).ms);
    const batch: number[] = [];
    let batchPages = 0;
    for (let i = 0; i < BATCH_RUNS; i++) {
      const r = await pdf(ids.slice(i * 7, i * 7 + BATCH));
      batch.push(r.ms);
      batchPages = r.pages;
    }
    const o = stats(one);
    const b = stats(batch);
    const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\n任免审批表 PDF (${CADRES}-cadre demo district)`);
    console.log(`  first PDF after start (Chromium launched): ${f(first.ms)}`);
    console.log(`  one form (${RUNS} runs):   median ${f(o.median)}  p95 ${f(o.p95)}  (target ≤ ${f(TARGET_ONE_MS)})`);
    console.log(
      `  ${BATCH} forms, ${batchPages} pages (${BATCH_RUNS} runs): median ${f(b.median)}  p95 ${f(b.p95)}  (target ≤ ${f(TARGET_BATCH_MS)})`,
    );
    console.log(`load average after: ${load()}`);
    const over =
      o.p95 > TARGET_ONE_MS || o.median > TARGET_ONE_MS || b.p95 > TARGET_BATCH_MS || b.median > TARGET_BATCH_MS;
    if (over) {
      console.error("over target");
      process.exitCode = 1;
    }
  } finally {
    await app.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
