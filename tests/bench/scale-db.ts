// The province-scale database the scale benchmarks share: the demo seed at N cadres (default
// 500,000 in 10,030 units; prisma/seed/province.ts), built once (about 5–10 minutes) and kept
// under a fixed name, `miaopu_scale_<N>`, on an embedded server of its own (.data/pg-scale, or
// MIAOPU_SCALE_PG_DIR), or on DATABASE_URL's server when that is set.
//
//   const db = await scaleDatabase(500_000);          // reuse, or build it the first time
//   const copy = await scaleDatabase(500_000, { copy: true }); // a throwaway copy for writers
//   ... db.url ...; await db.release();
//
// A database is reused only when its seed finished (the database's comment is written last);
// pending migrations are applied on every use. Benchmarks that write (imports, changes) take a
// copy (CREATE DATABASE … TEMPLATE, a file copy) so the shared one stays as seeded. The 身份证号
// of the kept database are encrypted under a fixed bench key (fictional people, bench only), so
// every run can read them: scaleDatabase sets MIAOPU_ENCRYPTION_KEY to it.
//
// CLI: `tsx tests/bench/scale-db.ts [--cadres N] [--rebuild]` builds (or checks) it and prints its URL.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { onServer, withDatabase } from "../../lib/database/admin";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { migrateDeploy } from "../../lib/database/migrate";

export const SCALE_ENCRYPTION_KEY = createHash("sha256").update("miaopu scale bench key").digest("base64");

export interface ScaleDatabase {
  url: string;
  name: string;
  cadres: number;
  /** seconds the seed took when this call built it (null when reused) */
  seedSeconds: number | null;
  /** the seed's own output when this call built it */
  seedLog: string | null;
  /** drops a copy, stops the embedded server if this process started it */
  release: () => Promise<void>;
}

const MARK = "miaopu scale seed complete";

async function isComplete(serverUrl: string, name: string): Promise<boolean | null> {
  return onServer(serverUrl, async (c) => {
    const r = await c.query<{ note: string | null }>(
      "select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1",
      [name],
    );
    return r.rows.length === 0 ? null : (r.rows[0].note?.startsWith(MARK) ?? false);
  });
}

function seed(url: string, cadres: number): { seconds: number; log: string } {
  const started = performance.now();
  const r = spawnSync(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["prisma/seed/cli.ts", "--cadres", String(cadres)],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=8192`.trim(),
      },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`seeding ${cadres} cadres failed:\n${r.stdout}\n${r.stderr}`);
  return { seconds: (performance.now() - started) / 1000, log: r.stdout };
}

async function build(serverUrl: string, name: string, cadres: number, log: (m: string) => void) {
  await onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  });
  const url = withDatabase(serverUrl, name);
  migrateDeploy(url);
  log(`seeding ${cadres.toLocaleString("en")} cadres into ${name} (once; kept for the next runs)…`);
  const seeded = seed(url, cadres);
  log(`seeded in ${seeded.seconds.toFixed(1)} s`);
  // what autovacuum does on a live database: the visibility map (index-only scans) and hint bits
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("VACUUM (ANALYZE)");
  } finally {
    await client.end();
  }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  const note = `${MARK}: ${cadres} cadres, seeded in ${seeded.seconds.toFixed(1)} s on ${new Date().toISOString()}, load average ${load}`;
  await onServer(serverUrl, (c) => c.query(`COMMENT ON DATABASE "${name}" IS '${note}'`));
  return seeded;
}

export async function scaleDatabase(
  cadres = 500_000,
  opts: { copy?: boolean; rebuild?: boolean; log?: (m: string) => void } = {},
): Promise<ScaleDatabase> {
  const log = opts.log ?? ((m: string) => console.log(m));
  process.env.MIAOPU_ENCRYPTION_KEY = SCALE_ENCRYPTION_KEY;
  const configured = process.env.DATABASE_URL?.trim();
  const server = configured
    ? { serverUrl: configured, stop: async () => {} }
    : await startEmbeddedPostgres(process.env.MIAOPU_SCALE_PG_DIR ?? ".data/pg-scale");
  const name = `miaopu_scale_${cadres}`;
  let seeded: { seconds: number; log: string } | null = null;
  try {
    if (opts.rebuild || !(await isComplete(server.serverUrl, name))) {
      seeded = await build(server.serverUrl, name, cadres, log);
    } else {
      migrateDeploy(withDatabase(server.serverUrl, name));
    }
  } catch (e) {
    await server.stop();
    throw e;
  }
  let target = name;
  if (opts.copy) {
    target = `${name}_copy_${process.pid}`;
    const t = performance.now();
    await onServer(server.serverUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${target}" TEMPLATE "${name}" STRATEGY FILE_COPY`);
    });
    log(`copied ${name} → ${target} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return {
    url: withDatabase(server.serverUrl, target),
    name: target,
    cadres,
    seedSeconds: seeded?.seconds ?? null,
    seedLog: seeded?.log ?? null,
    release: async () => {
      if (opts.copy)
        await onServer(server.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`));
      await server.stop();
    },
  };
}

/** `--cadres N` from argv, else the default. */
export function cadresArg(argv: string[], fallback: number): number {
  const i = argv.indexOf("--cadres");
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--cadres expects a positive integer, got ${argv[i + 1]}`);
  return v;
}

if (process.argv[1]?.endsWith("scale-db.ts")) {
  const argv = process.argv.slice(2);
  scaleDatabase(cadresArg(argv, 500_000), { rebuild: argv.includes("--rebuild") })
    .then(async (db) => {
      console.log(`${db.name}: ${db.url}`);
      if (db.seedLog) console.log(db.seedLog);
      await db.release();
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
