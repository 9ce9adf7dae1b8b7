// Next.js calls register() once when a server process starts, before it serves a request —
// whether it was started by `npm run serve`, `npm start` or `next start` directly. A
// production server with a missing secret or a plain-HTTP address stops here with a message
// naming what is missing (lib/config/production-config.ts). A server that starts reads the
// dashboard's district facts in the background (lib/server/dashboard/prepare-at-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { enforceProductionConfig } = await import("./lib/config/enforce-production-config");
    enforceProductionConfig();
    const { prepareDashboardAtStart } = await import("./lib/server/dashboard/prepare-at-start");
    prepareDashboardAtStart();
  }
}
