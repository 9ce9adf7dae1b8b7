import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { replicaFailed, replicaReady, replicaUrl } from "./replica";
import { inReplicaScope } from "./scope";

// The exports and print views read through Prisma. Inside replicaReads() (scope.ts) a model's
// read methods (findMany, count, …) go to a second Prisma client on the replica when it may
// serve them (replica.ts), and to the primary otherwise or when the replica fails; everything
// else — writes, $transaction (the audit row of the export), raw SQL — stays on the primary.
const READS = new Set([
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
]);

const g = globalThis as unknown as { miaopuReplicaPrisma?: { url: string; client: PrismaClient } };

function replicaClient(url: string): PrismaClient {
  if (g.miaopuReplicaPrisma?.url === url) return g.miaopuReplicaPrisma.client;
  void g.miaopuReplicaPrisma?.client.$disconnect();
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 4, connectionTimeoutMillis: 2_000 }),
  });
  g.miaopuReplicaPrisma = { url, client };
  return client;
}

type Delegate = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** `primary[key]`, with its read methods routed to the replica when inside replicaReads(); else null. */
export function replicaRouted(primary: PrismaClient, key: string | symbol): unknown {
  const url = replicaUrl();
  if (!url || typeof key !== "string" || key.startsWith("$") || !inReplicaScope()) return null;
  const onPrimary = Reflect.get(primary, key) as Delegate | undefined;
  if (!onPrimary || typeof onPrimary !== "object") return null;
  return new Proxy(onPrimary, {
    get(target, method) {
      const value = Reflect.get(target, method) as unknown;
      if (typeof method !== "string" || !READS.has(method) || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        if (await replicaReady()) {
          try {
            const delegate = Reflect.get(replicaClient(url), key) as Delegate;
            return await delegate[method](...args);
          } catch (e) {
            replicaFailed(e);
          }
        }
        return target[method](...args);
      };
    },
  });
}
