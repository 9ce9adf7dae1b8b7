// Small process helpers shared by the command-line entry points.
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import path from "node:path";

export const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/**
 * The app's HTTP server (./http-server.ts) as [command, args]: `node --expose-gc --import tsx`, one process,
 * so a signal (systemd's SIGTERM, a test's SIGKILL) reaches the server itself, not a wrapper.
 */
export function appServerCommand(options: { dev?: boolean } = {}): [string, string[]] {
  const entry = path.join(process.cwd(), "lib", "cli", "http-server.ts");
  // --expose-gc: the dashboard's facts, read whole once at start, are collected right after (prepare-at-start.ts)
  return [process.execPath, ["--expose-gc", "--import", "tsx", entry, ...(options.dev ? ["--dev"] : [])]];
}

export function runOrExit(cmd: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✗ ${path.basename(cmd)} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

export function spawnChild(cmd: string, args: string[], options: SpawnOptions) {
  return spawn(cmd, args, { stdio: "inherit", ...options });
}

/** Runs `cleanup` once on Ctrl-C / SIGTERM, then exits. */
export function onShutdown(cleanup: () => Promise<void>): void {
  let done = false;
  const handler = async () => {
    if (done) return;
    done = true;
    await cleanup().catch((e) => console.error(e));
    process.exit(0);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}

export function fail(message: string): never {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}
