// Prints the demo accounts created by the seed (one per role), if there are any.
import pg from "pg";

export async function printDemoAccounts(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ username: string; role: string }>(
      'select username, role from "User" where "isDemo" order by role, username',
    );
    if (r.rowCount === 0) return;
    console.log("演示账号 / demo accounts (仅供演示 — demo only; password for all: see README):");
    for (const row of r.rows) console.log(`  ${row.role.padEnd(10)} ${row.username}`);
  } finally {
    await client.end();
  }
}
