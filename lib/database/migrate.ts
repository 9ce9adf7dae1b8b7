import { spawnSync } from "node:child_process";
import path from "node:path";

const PRISMA_BIN = path.join(process.cwd(), "node_modules", ".bin", "prisma");

/** Applies pending migrations (`prisma migrate deploy`) to the database at `url`. */
export function migrateDeploy(url: string, quiet = true): void {
  const r = spawnSync(PRISMA_BIN, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (!quiet) process.stdout.write(r.stdout);
}
