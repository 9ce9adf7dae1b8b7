// `npm start`: build if needed → database (embedded unless DATABASE_URL) → migrate →
// seed demo data if empty → serve the production build on HOST:PORT (default 127.0.0.1:3000)
// through the app's HTTP server (lib/cli/http-server.ts).
// With DATABASE_URL set this is a production start: the secrets must come from the
// environment (not .data/secrets.json), NEXTAUTH_URL must be https, and an empty database is
// not filled with demo accounts. Real servers use `npm run serve` (docs/deployment.md).
import pg from "pg";
import { migrateDeploy } from "../database/migrate";
import { portInUse } from "../database/free-port";
import { resolveAppDatabase } from "../database/resolve";
import { formatConfigProblems, productionConfigProblems } from "../config/production-config";
import { buildIsCurrent } from "./build-state";
import { printDemoAccounts } from "./demo-accounts";
import { loadSecrets } from "./secrets";
import { appServerCommand, bin, fail, onShutdown, runOrExit, spawnChild } from "./run";

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query('select exists (select 1 from "Cadre") as any');
    return !r.rows[0].any;
  } finally {
    await client.end();
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    fail(`PORT=${process.env.PORT} 不是有效端口 / is not a valid port`);
  const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  if (process.env.DATABASE_URL?.trim()) {
    // Same check as the server's (instrumentation.ts), before a long build.
    const problems = productionConfigProblems({ ...process.env, NODE_ENV: "production", NEXTAUTH_URL: publicUrl });
    if (problems.length)
      fail(
        `${formatConfigProblems(problems)}\n（设置了 DATABASE_URL 即按生产模式检查；本机演示请不设 DATABASE_URL。）`,
      );
  } else {
    loadSecrets();
  }
  if (await portInUse(port)) {
    fail(`端口 ${port} 已被占用 / port ${port} is in use. 请关闭占用该端口的程序，或换一个端口：PORT=3001 npm start`);
  }

  if (!buildIsCurrent()) {
    console.log("▶ 构建生产版本 / building the production bundle (next build)…");
    runOrExit(bin("next"), ["build"]);
  }

  const db = await resolveAppDatabase().catch((e: Error) => fail(e.message));
  console.log(db.embedded ? "▶ 使用内置 PostgreSQL (.data/pg)" : "▶ 使用 DATABASE_URL 指定的 PostgreSQL");
  migrateDeploy(db.url);
  if (await isEmpty(db.url)) {
    if (db.embedded) {
      console.log("▶ 数据库为空，写入演示数据 / seeding the demo district…");
      runOrExit(bin("tsx"), ["prisma/seed/cli.ts"], { DATABASE_URL: db.url });
    } else {
      console.log("▶ 数据库为空（生产数据库不自动写入演示账号）；如仅用于演示：npm run db:seed");
    }
  }

  const host = process.env.HOST?.trim() || "127.0.0.1";
  const server = spawnChild(...appServerCommand(), {
    env: {
      ...process.env,
      HOST: host,
      PORT: String(port),
      DATABASE_URL: db.url,
      NODE_ENV: "production",
      NEXTAUTH_URL: publicUrl,
      // Tells the server's production check this is the embedded demo database.
      ...(db.embedded ? { MIAOPU_EMBEDDED_DATABASE: "1" } : {}),
    },
  });
  onShutdown(async () => {
    server.kill("SIGTERM");
    await db.stop();
  });
  server.on("exit", async (code) => {
    await db.stop();
    process.exit(code ?? 0);
  });

  const shown = host === "127.0.0.1" || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  console.log(`\n苗圃 Miaopu 已启动 / is running: http://${shown.includes(":") ? `[${shown}]` : shown}:${port}\n`);
  await printDemoAccounts(db.url);
}

void main();
