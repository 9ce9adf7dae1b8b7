// Rows as COPY text for the seed. COPY is PostgreSQL's bulk path: at 500,000 cadres (about
// 6 million rows) the earlier `INSERT … SELECT FROM unnest(…)` batches (≈45 µs a row) alone
// took longer than the 10-minute target. Column types and defaults come from
// information_schema, so this follows the migrated schema without a hand-kept list; rows are
// the same objects createMany would take.
import type pg from "pg";
import { copyFrom } from "./pg-copy";

interface Column {
  name: string;
  isArray: boolean;
  isJson: boolean;
  isDate: boolean;
  /** NOT NULL with a default: a row that leaves it out gets the default, as createMany would */
  defaulted: boolean;
}

export type TableColumns = Map<string, Map<string, Column>>;

export async function loadColumns(client: pg.Client): Promise<TableColumns> {
  const { rows } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
    column_default: string | null;
  }>(
    `select table_name::text, column_name::text, data_type::text, udt_name::text,
            is_nullable::text, column_default::text
       from information_schema.columns where table_schema = current_schema()`,
  );
  const tables: TableColumns = new Map();
  for (const r of rows) {
    const cols = tables.get(r.table_name) ?? new Map<string, Column>();
    cols.set(r.column_name, {
      name: r.column_name,
      isArray: r.data_type === "ARRAY",
      isJson: r.udt_name === "jsonb" || r.udt_name === "json",
      isDate: r.udt_name === "date",
      defaulted: r.is_nullable === "NO" && r.column_default != null,
    });
    tables.set(r.table_name, cols);
  }
  return tables;
}

/** COPY text escaping: backslash, tab, newline and carriage return. */
function escapeText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s;
}
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => (v == null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`;
}

function field(c: Column, v: unknown): string {
  if (v == null) return "\\N";
  // timestamp(3) without time zone ignores the "Z", as the earlier path's parameters did
  if (v instanceof Date) return c.isDate ? v.toISOString().slice(0, 10) : v.toISOString();
  if (c.isArray) return escapeText(arrayLiteral(v as unknown[]));
  if (c.isJson) return escapeText(JSON.stringify(v));
  return escapeText(String(v));
}

function* lines(rows: Record<string, unknown>[], used: Column[]): Generator<string> {
  const BATCH = 2000;
  for (let i = 0; i < rows.length; i += BATCH) {
    let text = "";
    for (const r of rows.slice(i, i + BATCH)) text += used.map((c) => field(c, r[c.name])).join("\t") + "\n";
    yield text;
  }
}

/** COPYs `rows` into `table`; returns the number of rows written. */
export async function copyRows(
  client: pg.Client,
  table: string,
  rows: Record<string, unknown>[],
  columns: TableColumns,
): Promise<number> {
  if (rows.length === 0) return 0;
  const cols = columns.get(table);
  if (!cols) throw new Error(`table ${table} not found: run the migrations first`);
  const names = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (r[k] !== undefined) names.add(k);
  for (const n of names) if (!cols.has(n)) throw new Error(`${table}.${n} is not a column`);
  // rows leaving out different defaulted columns go in separate COPYs that omit those columns
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const r of rows) {
    const key = [...names].filter((n) => r[n] == null && cols.get(n)!.defaulted).join(",");
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  let written = 0;
  for (const [key, group] of groups) {
    const omitted = new Set(key ? key.split(",") : []);
    const used = [...names].filter((n) => !omitted.has(n)).map((n) => cols.get(n)!);
    const sql = `COPY "${table}" (${used.map((c) => `"${c.name}"`).join(", ")}) FROM STDIN`;
    written += await copyFrom(client, sql, lines(group, used));
  }
  return written;
}
