// A fresh PostgreSQL database for one test run, dropped afterwards, so tests never touch the
// demo data. The server is DATABASE_URL's when set, otherwise an embedded one under
// .data/pg-test (separate from the app's .data/pg, so a running `npm start` is unaffected).
//
// Migrating a database takes ~10 s here (prisma's migrate deploy in a child process), and a
// dozen integration files want a database of their own. So the integration run migrates one
// template once (createTemplateDatabase, in its global setup) and every database after that is
// a copy of it (`CREATE DATABASE … TEMPLATE`, well under a second): the same migrated schema,
// since the template is never connected to after its migration.
import { randomBytes } from "node:crypto";
import {
  assertReachable,
  createDatabase,
  databaseName,
  dropDatabase,
  onServer,
  withDatabase,
} from "../../lib/database/admin";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { migrateDeploy } from "../../lib/database/migrate";

export interface TestDatabase {
  url: string;
  dispose: () => Promise<void>;
}

/** Set (by the integration setup) to a migrated database that new test databases copy. */
export const TEMPLATE_ENV = "MIAOPU_TEST_TEMPLATE_URL";

async function openServer(): Promise<{ serverUrl: string; stopServer: () => Promise<void> }> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    await assertReachable(configured);
    return { serverUrl: configured, stopServer: async () => {} };
  }
  const server = await startEmbeddedPostgres(".data/pg-test");
  return { serverUrl: server.serverUrl, stopServer: server.stop };
}

const SAFE_NAME = /^[a-z0-9_]+$/;
const uniqueName = (prefix: string) => `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;

/** A migrated database that is copied and never used itself. */
export async function createTemplateDatabase(prefix: string): Promise<TestDatabase> {
  return createTestDatabase(prefix, { template: null });
}

export async function createTestDatabase(
  prefix: string,
  options: { template?: string | null } = {},
): Promise<TestDatabase> {
  const { serverUrl, stopServer } = await openServer();
  const name = uniqueName(prefix);
  const template = options.template === undefined ? process.env[TEMPLATE_ENV] : options.template;
  let url: string;
  if (template) {
    const source = databaseName(template);
    if (!SAFE_NAME.test(name) || !SAFE_NAME.test(source)) throw new Error(`unsafe database name: ${name} / ${source}`);
    await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${source}"`));
    url = withDatabase(serverUrl, name);
  } else {
    url = await createDatabase(serverUrl, name);
    migrateDeploy(url);
  }
  return {
    url,
    dispose: async () => {
      await dropDatabase(serverUrl, name);
      await stopServer();
    },
  };
}

/** Set by the integration setup: the database of this worker (its files run one at a time). */
export const WORKER_DATABASE_ENV = "MIAOPU_IT_DATABASE_URL";

/** The integration worker's own database, to switch back to after a file used one of its own. */
export function workerDatabaseUrl(): string {
  const url = process.env[WORKER_DATABASE_ENV];
  if (!url) throw new Error(`${WORKER_DATABASE_ENV} is not set: run through the integration project`);
  return url;
}

/**
 * The database of one integration worker (VITEST_POOL_ID): a copy of the template, made by the
 * worker's first file and kept for the files after it. Workers run side by side; each one's
 * files run one after another on its own database, as they did on a single shared one.
 */
export async function ensureWorkerDatabase(templateUrl: string, runName: string, poolId: string): Promise<string> {
  const name = `${runName}_w${poolId}`;
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  const serverUrl = withDatabase(templateUrl, "postgres");
  await onServer(serverUrl, async (c) => {
    const exists = await c.query("select 1 from pg_database where datname = $1", [name]);
    if (!exists.rowCount) await c.query(`CREATE DATABASE "${name}" TEMPLATE "${databaseName(templateUrl)}"`);
  });
  return withDatabase(templateUrl, name);
}

/** Drops every worker database of the run. */
export async function dropWorkerDatabases(templateUrl: string, runName: string): Promise<void> {
  const serverUrl = withDatabase(templateUrl, "postgres");
  const names = await onServer(serverUrl, async (c) => {
    const r = await c.query<{ datname: string }>("select datname from pg_database where datname like $1", [
      `${runName}\\_w%`,
    ]);
    return r.rows.map((x) => x.datname);
  });
  for (const name of names) await dropDatabase(serverUrl, name);
}
