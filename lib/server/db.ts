import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { TRANSACTION_OPTIONS } from "@/lib/database/transaction-options";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { replicaRouted } from "@/lib/server/data-change/replica-prisma";

// One Prisma client per server process, created on first use (so `next build`, which imports
// modules without a database, never needs DATABASE_URL). In development Next.js reloads
// modules; keeping the client on globalThis avoids opening a new pool on every reload.
const globalForPrisma = globalThis as unknown as { miaopuPrisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.miaopuPrisma) return globalForPrisma.miaopuPrisma;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, or set it in .env");
  const c = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  globalForPrisma.miaopuPrisma = c;
  return c;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, key) {
    const c = client();
    // inside replicaReads() (exports, print views) model reads may go to the replica
    const routed = replicaRouted(c, key);
    if (routed) return routed;
    const value = Reflect.get(c, key);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
