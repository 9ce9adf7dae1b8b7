// The database's indexes, triggers and constraints, as the migrations leave them, against a
// checked-in list (schema-objects.expected.txt, one object a line, sorted). A migration that
// adds, drops or changes one — or a hand-written index Prisma does not know about going
// missing — shows here as a diff. After a deliberate change, regenerate the list with
// UPDATE_SCHEMA_SNAPSHOT=1 (docs/development.md) and review it in the commit.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const EXPECTED = fileURLToPath(new URL("./schema-objects.expected.txt", import.meta.url));

// NOT NULL constraints (contype 'n') are left out: PostgreSQL 18 lists them in pg_constraint,
// earlier versions do not, and the Prisma schema already states every column's nullability.
const QUERY = `
  select 'index ' || tablename || ' ' || indexname || ': ' || indexdef as line
    from pg_indexes where schemaname = 'public'
  union all
  select 'trigger ' || c.relname || ' ' || t.tgname || ': ' || pg_get_triggerdef(t.oid)
    from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and not t.tgisinternal
  union all
  select 'constraint ' || c.relname || ' ' || k.conname || ': ' || pg_get_constraintdef(k.oid)
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and k.contype <> 'n'`;

/** Lines of `a` not in `b`. */
const minus = (a: string[], b: string[]) => {
  const s = new Set(b);
  return a.filter((x) => !s.has(x));
};

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("schema objects", () => {
  it("the migrated database has exactly the indexes, triggers and constraints of schema-objects.expected.txt", async () => {
    const actual = (await client.query<{ line: string }>(QUERY)).rows.map((r) => r.line).sort();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === "1") fs.writeFileSync(EXPECTED, `${actual.join("\n")}\n`);
    const expected = fs
      .readFileSync(EXPECTED, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    const diff = [...minus(expected, actual).map((l) => `- ${l}`), ...minus(actual, expected).map((l) => `+ ${l}`)];
    expect(
      diff,
      `the database differs from ${EXPECTED} (- expected but missing, + present but not listed);\n` +
        `if the change is intended, run UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run --project integration tests/integration/schema-objects.test.ts\n` +
        diff.join("\n"),
    ).toEqual([]);
    expect(actual.length, "the list should name every object once").toBe(new Set(actual).size);
  });
});
