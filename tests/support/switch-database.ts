// Points lib/server/db at another database for the rest of a test file (the client is created
// lazily from DATABASE_URL and cached on globalThis; see lib/server/db.ts).
export async function switchDatabase(url: string): Promise<void> {
  const g = globalThis as unknown as { miaopuPrisma?: { $disconnect(): Promise<void> } };
  await g.miaopuPrisma?.$disconnect();
  g.miaopuPrisma = undefined;
  process.env.DATABASE_URL = url;
}
