// Row count and a content checksum of every table, taken inside one snapshot, so a backup's
// manifest can say exactly what it holds and a restore can prove it got all of it back.
//
// The checksum is the sum of the first 64 bits of md5(row as text) over all rows: independent
// of row order (a restore lays rows out differently), constant memory (string_agg would hit
// PostgreSQL's 1 GB limit on a large audit log), and together with the count it catches a
// changed, missing or duplicated row. Session settings that change how values print as text
// are pinned so two servers (e.g. PostgreSQL 15 and 18) print the same rows identically.
import type pg from "pg";

type Queryable = Pick<pg.ClientBase, "query">;

export interface TableFingerprint {
  rows: number;
  /** decimal sum of 64-bit row hashes ("0" for an empty table) */
  checksum: string;
}

export type Fingerprints = Record<string, TableFingerprint>;

const PINNED_SETTINGS = [
  "SET LOCAL TimeZone = 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL extra_float_digits = 1",
  "SET LOCAL bytea_output = 'hex'",
];

/** Ordinary tables of the public schema, by name. */
export async function publicTables(client: Queryable): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  return r.rows.map((x) => x.name);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Must run inside a transaction (the SET LOCALs end with it); use REPEATABLE READ for one snapshot. */
export async function tableFingerprints(client: Queryable): Promise<Fingerprints> {
  for (const s of PINNED_SETTINGS) await client.query(s);
  const out: Fingerprints = {};
  for (const table of await publicTables(client)) {
    const r = await client.query<{ rows: string; checksum: string | null }>(
      `select count(*)::text as rows,
              sum(('x' || substr(md5(t::text), 1, 16))::bit(64)::bigint::numeric)::text as checksum
       from ${quoteIdent(table)} t`,
    );
    out[table] = { rows: Number(r.rows[0].rows), checksum: r.rows[0].checksum ?? "0" };
  }
  return out;
}

/** Tables whose count or checksum differ (or exist on one side only), with a readable reason. */
export function compareFingerprints(expected: Fingerprints, actual: Fingerprints): string[] {
  const problems: string[] = [];
  for (const [table, e] of Object.entries(expected)) {
    const a = actual[table];
    if (!a) problems.push(`${table}: 恢复后缺少此表 / missing after restore`);
    else if (a.rows !== e.rows)
      problems.push(`${table}: 行数 ${a.rows}，应为 ${e.rows} / rows ${a.rows}, expected ${e.rows}`);
    else if (a.checksum !== e.checksum) problems.push(`${table}: 内容校验和不符 / content checksum differs`);
  }
  for (const table of Object.keys(actual)) {
    if (!(table in expected)) problems.push(`${table}: 备份中没有此表 / not in the backup`);
  }
  return problems;
}

/** 150018 → 15 */
export async function serverMajor(client: Queryable): Promise<{ major: number; version: string }> {
  const r = await client.query<{ num: string; version: string }>(
    "select current_setting('server_version_num') as num, current_setting('server_version') as version",
  );
  return { major: Math.floor(Number(r.rows[0].num) / 10000), version: r.rows[0].version.split(" ")[0] };
}
