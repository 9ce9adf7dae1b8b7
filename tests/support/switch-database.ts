import { closeReadPool } from "@/lib/server/db-read";

// Points lib/server/db (and the read pool of lib/server/db-read.ts) at another database for the
// rest of a test file (both are created lazily from DATABASE_URL and cached on globalThis).
export async function switchDatabase(url: string): Promise<void> {
  const g = globalThis as unknown as { miaopuPrisma?: { $disconnect(): Promise<void> } };
  await g.miaopuPrisma?.$disconnect();
  g.miaopuPrisma = undefined;
  await closeReadPool();
  process.env.DATABASE_URL = url;
}
