// Finds PostgreSQL's client programs (pg_dump, pg_restore) and their versions. pg_dump refuses
// to dump a server newer than itself, so the caller says which major version it needs and
// gets the newest candidate that is new enough, or an error saying what to install.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type PgTool = "pg_dump" | "pg_restore";

export interface FoundTool {
  path: string;
  major: number;
  version: string;
}

export class PgToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PgToolError";
  }
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → { version: "15.18", major: 15 } */
export function parseToolVersion(output: string): { version: string; major: number } | null {
  const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  return { version: m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`, major: Number(m[1]) };
}

function candidates(tool: PgTool, env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  if (env.PG_BIN) out.push(path.join(env.PG_BIN, tool));
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) out.push(path.join(dir, tool));
  // Debian/Ubuntu keep every installed major version side by side.
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    for (const v of fs
      .readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a))) {
      out.push(path.join(debian, v, "bin", tool));
    }
  }
  return [...new Set(out)].filter((p) => fs.existsSync(p));
}

function probe(file: string): FoundTool | null {
  const r = spawnSync(file, ["--version"], { encoding: "utf8" });
  if (r.status !== 0) return null;
  const v = parseToolVersion(r.stdout);
  return v ? { path: file, ...v } : null;
}

/**
 * The tool to use: PG_BIN's if set (and new enough), otherwise the newest one found on PATH or
 * under /usr/lib/postgresql that is at least `minMajor`.
 */
export function findPgTool(tool: PgTool, minMajor: number, env: NodeJS.ProcessEnv = process.env): FoundTool {
  const found = candidates(tool, env)
    .map(probe)
    .filter((t): t is FoundTool => t !== null);
  const fromPgBin = env.PG_BIN ? found.find((t) => path.dirname(t.path) === path.resolve(env.PG_BIN!)) : undefined;
  if (fromPgBin && fromPgBin.major >= minMajor) return fromPgBin;
  const best = [...found].sort((a, b) => b.major - a.major)[0];
  if (best && best.major >= minMajor) return best;
  const seen = found.length
    ? `找到的版本 / found: ${found.map((t) => `${t.path} (${t.version})`).join(", ")}`
    : "未找到 / none found";
  throw new PgToolError(
    `需要 ${tool} ${minMajor} 或更新版本（数据库服务器为 PostgreSQL ${minMajor}）；${seen}。\n` +
      `请安装与服务器相同或更新版本的客户端（Debian: apt-get install postgresql-client-${minMajor}），` +
      `或用 PG_BIN 指向其 bin 目录。/ ${tool} ${minMajor}+ is required for a PostgreSQL ${minMajor} server; ` +
      `install a matching client or set PG_BIN.`,
  );
}
