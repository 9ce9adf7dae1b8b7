// A fresh PostgreSQL database for one test run, dropped afterwards, so tests never touch the
// demo data. The server is DATABASE_URL's when set, otherwise an embedded one under
// .data/pg-test (separate from the app's .data/pg, so a running `npm start` is unaffected).
import { randomBytes } from "node:crypto";
import { assertReachable, createDatabase, dropDatabase } from "../../lib/database/admin";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { migrateDeploy } from "../../lib/database/migrate";

export interface TestDatabase {
  url: string;
  dispose: () => Promise<void>;
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  let serverUrl: string;
  let stopServer = async () => {};
  if (configured) {
    await assertReachable(configured);
    serverUrl = configured;
  } else {
    const server = await startEmbeddedPostgres(".data/pg-test");
    serverUrl = server.serverUrl;
    stopServer = server.stop;
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = await createDatabase(serverUrl, name);
  migrateDeploy(url);
  return {
    url,
    dispose: async () => {
      await dropDatabase(serverUrl, name);
      await stopServer();
    },
  };
}
