// Fast bulk INSERT for the seed. Prisma 6.19's createMany runs every row through the WASM
// query compiler and costs about 350 µs per row here (measured: 5,000 education rows in
// 1.7 s), which would make a 100,000-cadre seed (~1.2 million rows) take many minutes. One
// `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)` per batch passes one array per
// column instead (≈45 µs per row, and no 65,535 bind-parameter limit). Column types and
// defaults come from information_schema, so this follows the migrated schema without a
// hand-kept list; rows are the same objects createMany would take.
import type { PrismaClient } from "../../lib/generated/prisma/client";

interface Column {
  name: string;
  dataType: string;
  udt: string;
  nullable: boolean;
  defaultSql: string | null;
}

export type TableColumns = Map<string, Map<string, Column>>;

export async function loadColumns(prisma: PrismaClient): Promise<TableColumns> {
  const rows = await prisma.$queryRawUnsafe<
    {
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
      column_default: string | null;
    }[]
  >(
    // information_schema uses the `name` type, which the pg driver adapter cannot read: cast
    `select table_name::text, column_name::text, data_type::text, udt_name::text,
            is_nullable::text, column_default::text
       from information_schema.columns where table_schema = current_schema()`,
  );
  const tables: TableColumns = new Map();
  for (const r of rows) {
    const cols = tables.get(r.table_name) ?? new Map<string, Column>();
    cols.set(r.column_name, {
      name: r.column_name,
      dataType: r.data_type,
      udt: r.udt_name,
      nullable: r.is_nullable === "YES",
      defaultSql: r.column_default,
    });
    tables.set(r.table_name, cols);
  }
  return tables;
}

/** Element type of the unnest parameter; arrays and JSON travel as text and are cast after. */
function paramType(c: Column): string {
  if (c.dataType === "ARRAY" || c.udt === "jsonb" || c.udt === "json") return "text";
  if (c.dataType === "USER-DEFINED") return `"${c.udt}"`;
  if (c.udt === "timestamp") return "timestamp(3)";
  return c.udt;
}

function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => (v == null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`;
}

function toParam(c: Column, v: unknown): unknown {
  if (v == null) return null;
  if (v instanceof Date) return c.udt === "date" ? v.toISOString().slice(0, 10) : v.toISOString();
  if (c.dataType === "ARRAY") return arrayLiteral(v as unknown[]);
  if (c.udt === "jsonb" || c.udt === "json") return JSON.stringify(v);
  return v;
}

export async function bulkInsert(
  prisma: PrismaClient,
  table: string,
  rows: Record<string, unknown>[],
  columns: TableColumns,
): Promise<number> {
  if (rows.length === 0) return 0;
  const cols = columns.get(table);
  if (!cols) throw new Error(`table ${table} not found: run the migrations first`);
  const names = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (r[k] !== undefined) names.add(k);
  const used = [...names].map((n) => {
    const c = cols.get(n);
    if (!c) throw new Error(`${table}.${n} is not a column`);
    return c;
  });
  const arrays = used.map((c) => rows.map((r) => toParam(c, r[c.name])));
  const select = used.map((c, i) => {
    let expr = `t.c${i}`;
    if (c.dataType === "ARRAY") expr += `::${c.udt.replace(/^_/, "")}[]`;
    else if (c.udt === "jsonb" || c.udt === "json") expr += `::${c.udt}`;
    // a row that left out a NOT NULL column with a default gets the default, as createMany would
    const someMissing = arrays[i].some((v) => v == null);
    if (someMissing && !c.nullable && c.defaultSql) expr = `coalesce(${expr}, ${c.defaultSql})`;
    return expr;
  });
  const sql =
    `insert into "${table}" (${used.map((c) => `"${c.name}"`).join(", ")}) ` +
    `select ${select.join(", ")} from unnest(${used.map((c, i) => `$${i + 1}::${paramType(c)}[]`).join(", ")}) ` +
    `as t(${used.map((_, i) => `c${i}`).join(", ")})`;
  return prisma.$executeRawUnsafe(sql, ...arrays);
}
