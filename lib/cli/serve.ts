// `npm run serve`: the production entry point (systemd runs it; docs/deployment.md). Unlike
// `npm start` it never builds, migrates or seeds: it checks the configuration from the
// environment, refuses a database whose schema is behind the code, then runs the app's HTTP
// server (lib/cli/http-server.ts: Next.js behind the server that fixes the client's address).
// The same configuration check runs inside the server (instrumentation.ts), so starting
// the server by hand cannot skip it.
import pg from "pg";
import fs from "node:fs";
import { formatConfigProblems, productionConfigProblems } from "../config/production-config";
import { appliedMigrations, compareMigrations, shippedMigrations } from "../database/migration-state";
import { appServerCommand, fail, spawnChild } from "./run";

async function checkMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    // The app starts anyway and recovers by itself when the database comes back.
    console.warn(
      `⚠ 数据库暂不可达，仍启动应用 / database not reachable yet, starting anyway: ${e instanceof Error ? e.message : String(e)}`,
    );
    return;
  }
  try {
    const { pending, unknown } = compareMigrations(await appliedMigrations(client), shippedMigrations());
    if (pending.length) {
      fail(
        `数据库结构落后于程序，缺少迁移 / the database lacks migrations: ${pending.join(", ")}\n请以表的所有者身份运行 npm run db:migrate（docs/deployment.md）。`,
      );
    }
    if (unknown.length)
      console.warn(
        `⚠ 数据库含本程序未知的迁移（程序版本较旧？）/ database has migrations unknown to this code: ${unknown.join(", ")}`,
      );
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const url = env.DATABASE_URL?.trim();
  if (!url) fail("npm run serve 需要 DATABASE_URL（生产数据库）/ needs DATABASE_URL. 演示请用 npm start。");
  const problems = productionConfigProblems(env);
  if (problems.length) fail(formatConfigProblems(problems));
  if (!fs.existsSync(".next/BUILD_ID")) fail("尚未构建 / no production build: 先运行 npm run build。");
  await checkMigrations(url);

  env.HOST = env.HOST?.trim() || "127.0.0.1";
  env.PORT = env.PORT ?? "3000";
  const server = spawnChild(...appServerCommand(), { env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
