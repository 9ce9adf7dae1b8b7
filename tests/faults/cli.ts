// `npm run test:faults`: while signed-in users keep reading and writing through nginx,
// (a) PostgreSQL is stopped with `pg_ctl -m immediate` and started again, then (b) the app
// process is killed with SIGKILL and started again (as systemd's Restart=always would).
// Afterwards every write is checked against the database and the figures are printed:
// acknowledged / present / lost / duplicated, refused-but-present, recovery times, and what
// users saw while things were down. Exits 1 if any requirement is not met:
//   every acknowledged write present exactly once (with its audit row), no refused write
//   present, service back within 10 s of the database returning, a clear Chinese message
//   (no stack trace) during both outages, and an intact audit hash chain.
import { PrismaPg } from "@prisma/adapter-pg";
import { verifyAuditChain } from "../../lib/audit/verify-chain";
import { subkey } from "../../lib/crypto/encryption-key";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_PASSWORD } from "../factories/demo-accounts";
import { actionId, actionIds } from "../load/client/server-actions";
import { runArrivals } from "../load/driver/arrivals";
import { Recorder } from "../load/driver/stats";
import { startAppUnderTest } from "../load/harness/app-under-test";
import { loadFixtures } from "../load/scenario/fixtures";
import { buildVirtualUsers, signInAll } from "../load/virtual-users";
import { faultRequest, type TrafficEvents } from "./fault-traffic";
import { startNginx } from "../support/nginx-proxy";
import { isClearChinese, UserView, type Seen } from "./user-view";
import { WriteLedger } from "./write-ledger";

const RECOVERY_LIMIT_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const firstAfter = (times: number[], t: number) => times.filter((x) => x >= t).sort((a, b) => a - b)[0];
const sec = (ms: number | undefined) => (ms === undefined ? "—" : `${(ms / 1000).toFixed(1)} s`);

async function main() {
  const phase = Number(process.env.FAULT_PHASE_SECONDS ?? 8) * 1000;
  const app = await startAppUnderTest({ cadres: 600 });
  let proxy: Awaited<ReturnType<typeof startNginx>> | undefined;
  let view: UserView | undefined;
  try {
    await app.startServer();
    proxy = await startNginx(Number(new URL(app.baseUrl).port));
    view = await UserView.open(proxy.baseUrl);
    const fixtures = await loadFixtures(app.ownerUrl);
    const saveAssessment = actionId(actionIds(), "app/(app)/cadres/actions.ts#saveAssessmentAction");
    // Users sign in directly at the app: nginx limits sign-ins per client address, and here
    // every user comes from 127.0.0.1. Everything after that goes through nginx.
    const vus = buildVirtualUsers(16, fixtures, app.baseUrl, 7);
    const problems = await signInAll(vus, new Recorder());
    if (problems.length) throw new Error(`sign-in failed: ${problems.join("; ")}`);
    for (const vu of vus) vu.http.baseUrl = proxy.baseUrl;
    const observer = vus.find((v) => v.role === "LEADER")!;

    const ledger = new WriteLedger();
    const ev: TrafficEvents = { pageOk: [], writeOk: [], messages: new Set() };
    let stop = false;
    const traffic = runArrivals({
      users: vus,
      ratePerSecond: Number(process.env.FAULT_RATE ?? 8),
      durationMs: 30 * phase,
      recorder: new Recorder(),
      stopped: () => stop,
      request: (vu) => faultRequest(vu, fixtures, saveAssessment, ledger, ev),
    });
    const seen: { outage: string; s: Seen }[] = [];

    await sleep(phase);
    console.log("▶ (a) PostgreSQL: pg_ctl stop -m immediate");
    app.cluster.stop("immediate");
    seen.push({ outage: "database down", s: await view.page("/cadres", observer.http.cookieList()) });
    seen.push({ outage: "database down", s: await view.signIn("leader", DEMO_PASSWORD) });
    await sleep(phase);
    app.cluster.start();
    const dbBack = performance.now();
    console.log("  PostgreSQL accepting connections again");
    await sleep(phase + RECOVERY_LIMIT_MS);

    console.log("▶ (b) app: kill -9, restart after 2 s");
    await app.killServer("SIGKILL");
    const killed = performance.now();
    seen.push({ outage: "app down", s: await view.page("/cadres", observer.http.cookieList()) });
    await sleep(2000);
    await app.startServer();
    const appBack = performance.now();
    await sleep(phase + RECOVERY_LIMIT_MS);
    stop = true;
    await traffic;

    const verdict = await ledger.verify(app.ownerUrl);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: app.ownerUrl, max: 2 }) });
    const key = subkey("auditChain", { MIAOPU_ENCRYPTION_KEY: app.encryptionKey });
    const chain = await verifyAuditChain(prisma, { key }).finally(() => prisma.$disconnect());

    const pageBack = firstAfter(ev.pageOk, dbBack);
    const writeBack = firstAfter(ev.writeOk, dbBack);
    const dbRecovery = Math.max(pageBack ?? Infinity, writeBack ?? Infinity) - dbBack;
    const appRecoveryPage = firstAfter(ev.pageOk, appBack);
    const appRecoveryWrite = firstAfter(ev.writeOk, appBack);

    console.log(`\nwrites attempted:      ${verdict.attempted}`);
    console.log(
      `  acknowledged:        ${verdict.acknowledged}  present ${verdict.acknowledgedPresent}, lost ${verdict.lost}, duplicated ${verdict.duplicated}, audit row missing/extra ${verdict.auditMismatches}`,
    );
    console.log(`  refused by the app:  ${verdict.refused}  present ${verdict.refusedPresent}`);
    console.log(
      `  no answer (crash):   ${verdict.noAnswer}  present ${verdict.noAnswerPresent}, absent ${verdict.noAnswer - verdict.noAnswerPresent}`,
    );
    console.log(
      `database outage: service back ${sec(dbRecovery)} after PostgreSQL returned (first page ${sec(pageBack && pageBack - dbBack)}, first acknowledged write ${sec(writeBack && writeBack - dbBack)}; limit ${sec(RECOVERY_LIMIT_MS)})`,
    );
    console.log(
      `app killed: restarted after 2 s, ready ${sec(appBack - killed)} after the kill; first page ${sec(appRecoveryPage && appRecoveryPage - appBack)}, first write ${sec(appRecoveryWrite && appRecoveryWrite - appBack)} after it was ready`,
    );
    console.log(`audit hash chain: ${chain.ok ? `intact, ${chain.checked} rows` : `BROKEN: ${chain.problem}`}`);
    console.log("what users saw:");
    for (const { outage, s } of seen)
      console.log(
        `  [${outage}] ${s.what}: ${isClearChinese(s) ? "✓" : "✗"} ${s.text.replace(/\s+/g, " ").slice(0, 120)}`,
      );
    for (const m of ev.messages) console.log(`  [during the run] ${m.slice(0, 120)}`);

    const failures = [
      verdict.acknowledged === 0 && "no write was acknowledged at all",
      verdict.lost > 0 && `${verdict.lost} acknowledged writes lost`,
      verdict.duplicated > 0 && `${verdict.duplicated} acknowledged writes duplicated`,
      verdict.auditMismatches > 0 && `${verdict.auditMismatches} acknowledged writes without exactly one audit row`,
      verdict.refusedPresent > 0 && `${verdict.refusedPresent} refused writes present`,
      verdict.refused === 0 && "no write was refused during the database outage (was it down?)",
      !(dbRecovery <= RECOVERY_LIMIT_MS) &&
        `service not back within ${RECOVERY_LIMIT_MS / 1000} s of the database returning`,
      !(appRecoveryPage !== undefined && appRecoveryWrite !== undefined) && "no success after the app restart",
      !chain.ok && "audit chain broken",
      ...seen
        .filter(({ s }) => !isClearChinese(s))
        .map(({ outage, s }) => `[${outage}] ${s.what}: not a clear Chinese message`),
      ...[...ev.messages]
        .filter((m) => !isClearChinese({ what: "", text: m }))
        .map((m) => `message with internal details: ${m.slice(0, 80)}`),
    ].filter(Boolean);
    if (failures.length) {
      console.log(`\n✗ fault test failed:\n  - ${failures.join("\n  - ")}`);
      process.exitCode = 1;
    } else {
      console.log(
        "\n✓ no acknowledged write lost or duplicated, no refused write present, recovered within the limit, clear messages",
      );
    }
  } finally {
    await view?.close();
    await proxy?.stop();
    await app.dispose();
  }
}

main().catch((e) => {
  console.error(`\n✗ fault test could not run: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
