// Next.js calls register() once when a server process starts, before it serves a request —
// whether it was started by `npm run serve`, `npm start` or `next start` directly. A
// production server with a missing secret or a plain-HTTP address stops here with a message
// naming what is missing (lib/config/production-config.ts). A server that starts reads the
// dashboard's district facts in the background (lib/server/dashboard/prepare-at-start.ts), and
// listens for the data stamp's NOTIFY, refreshing its dashboards when another process saves
// (lib/server/data-change/listener.ts); both read the replica when there is one. Once a minute it
// deletes the stored plain voting codes of sessions that have opened (lib/server/voting/slip-sweep.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { enforceProductionConfig } = await import("./lib/config/enforce-production-config");
    enforceProductionConfig();
    const { prepareDashboardAtStart } = await import("./lib/server/dashboard/prepare-at-start");
    const { dataChanged } = await import("./lib/server/dashboard/dashboard-refresh");
    const { onDataChange, startDataChangeListener } = await import("./lib/server/data-change/listener");
    const { replicaReads } = await import("./lib/server/data-change/scope");
    replicaReads(prepareDashboardAtStart);
    onDataChange(() => replicaReads(dataChanged));
    startDataChangeListener();
    const { startSlipSweep } = await import("./lib/server/voting/slip-sweep");
    startSlipSweep();
  }
}
