// The schema from the migration files, run as plain SQL on a fresh database: what
// `prisma migrate deploy` creates, less its bookkeeping table, in about a second instead of
// ten or more (Prisma's schema engine). For throwaway servers whose tests never migrate again
// (the replica test, bench:notify).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export async function applySchemaAsSql(url: string): Promise<void> {
  const dir = path.join("prisma", "migrations");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of fs.readdirSync(dir).sort())
      if (fs.existsSync(path.join(dir, name, "migration.sql")))
        await client.query(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  } finally {
    await client.end();
  }
}
