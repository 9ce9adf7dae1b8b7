// The app's HTTP server: Next.js through its programmatic API behind a plain Node server, so
// that the client's address is fixed from the socket before Next.js sees a request
// (lib/net/rewrite-client-address.ts; Next.js gives pages and route handlers headers only).
// `npm start`, `npm run serve`, `npm run dev` and the tests' servers all run this file with
// `node --import tsx` (appServerCommand in ./run.ts): one process, so a signal to it reaches
// the server itself. Environment: HOST (default 127.0.0.1), PORT (default 3000),
// MIAOPU_TRUSTED_PROXIES; `--dev` for the development server.
import http from "node:http";
import next from "next";
import { parseTrustedProxies, type TrustedProxies } from "../net/client-address";
import { refuseMalformed } from "../net/refuse-malformed";
import { rewriteClientAddress } from "../net/rewrite-client-address";

function fail(message: string): never {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

async function main() {
  const dev = process.argv.includes("--dev");
  const hostname = process.env.HOST?.trim() || "127.0.0.1";
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT=${process.env.PORT} 不是有效端口`);
  let trusted: TrustedProxies;
  try {
    trusted = parseTrustedProxies(process.env.MIAOPU_TRUSTED_PROXIES);
  } catch (e) {
    fail(`${(e as Error).message}（逗号分隔的 IP 地址或网段，如 127.0.0.1,::1）`);
  }

  const app = next({ dev, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    rewriteClientAddress(req, trusted);
    if (refuseMalformed(req, res)) return;
    handle(req, res).catch((e) => {
      console.error(`[miaopu] request ${req.method} ${req.url} failed:`, e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.on("error", (e: NodeJS.ErrnoException) =>
    fail(e.code === "EADDRINUSE" ? `端口 ${port} 已被占用 / port ${port} is in use` : e.message),
  );
  // Next.js runs instrumentation.ts (the production configuration check, which exits on a
  // problem) while preparing: nothing listens before it passed.
  await app.prepare();
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  process.env.PORT = String(port); // as `next start` does: the print renderer reaches the app there
  console.log(`▶ listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // finish the requests in flight, then let Next.js clean up
      server.close(() => void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)));
      server.closeIdleConnections();
      setTimeout(() => process.exit(1), 10_000).unref();
    });
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
