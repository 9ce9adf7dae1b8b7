// Driver adapter for Prisma's WASM (JS) schema engine, used only by the Prisma CLI
// (migrate dev/deploy/reset/diff). It works around two defects of @prisma/adapter-pg 6.19,
// both recorded in docs/development.md and docs/architecture.md:
//  1. the adapter cannot deserialize the catalog types "char" (OID 18) and name (OID 19),
//     which the schema engine selects when it describes a database (prisma/orm#27403):
//     we report them as text (OID 25);
//  2. its connectToShadowDb drops the shadow database while its own pool is still connected,
//     and a pool built from a connectionString connects to the main database: we build from
//     discrete fields and dispose the shadow pool before DROP DATABASE ... WITH (FORCE).
// A third one, found here: its executeScript splits a migration on every ";", which breaks
// PL/pgSQL function bodies and comments; we send the script whole (one simple query).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const CATALOG_OIDS_AS_TEXT = new Set([18, 19]);
const TEXT_OID = 25;

function patchFields(result: unknown): unknown {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  if (fields) for (const f of fields) if (CATALOG_OIDS_AS_TEXT.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg's query() has many overloads (promise and callback forms; pg.Pool uses the callback).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const cb = args[last];
      args[last] = (err: unknown, res: unknown) => cb(err, patchFields(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(patchFields) : out;
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScripts(adapter: Adapter): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // the adapter's own error mapping turns pg errors into Prisma's DriverAdapterError
      (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
    }
  };
  return adapter;
}

export function poolConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")),
  };
}

export function migrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const base = poolConfigFromUrl(url);
  const factory = new PrismaPg({ ...base, Client: CatalogSafeClient });
  return {
    provider: "postgres",
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect()),
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client(base);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = wholeScripts(await new PrismaPg({ ...base, database: name, Client: CatalogSafeClient }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}
