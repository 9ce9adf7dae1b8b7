// Server-level operations with plain `pg`: reachability, creating and dropping databases.
import pg from "pg";

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "****";
  return u.toString();
}

/** Connects once; throws an Error whose message says what to fix, in Chinese and English. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  let connected = false;
  try {
    await client.connect();
    connected = true;
    await client.query("select 1");
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(
      `无法连接数据库 / cannot reach the database at ${redact(url)}: ${reason}\n` +
        "检查 DATABASE_URL（主机、端口、用户、密码、库名）与数据库服务是否启动；" +
        "不设置 DATABASE_URL 时将使用内置 PostgreSQL。",
    );
  } finally {
    if (connected) await client.end().catch(() => {});
  }
}

/** Runs `fn` on a connection to the server's maintenance database `postgres`. */
export async function onServer<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const SAFE_NAME = /^[a-z0-9_]+$/;

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`));
  return withDatabase(serverUrl, name);
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  const exists = await onServer(serverUrl, async (c) => {
    const r = await c.query("select 1 from pg_database where datname = $1", [name]);
    return r.rowCount === 1;
  });
  return exists ? withDatabase(serverUrl, name) : createDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
