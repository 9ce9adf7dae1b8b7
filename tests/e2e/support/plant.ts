// Plants data for a spec through tests/factories. Playwright's loader cannot load the
// generated Prisma client (ES module with a WASM engine), so the planting runs in tsx, as the
// seed in global-setup.ts does, against the run's database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { PlantingName, Plantings } from "../planting/plantings";

export function plant<N extends PlantingName>(
  name: N,
  input: Parameters<Plantings[N]>[1],
): Awaited<ReturnType<Plantings[N]>> {
  const run = spawnSync(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    [path.join(process.cwd(), "tests", "e2e", "planting", "cli.ts"), name, JSON.stringify(input)],
    { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`planting ${name} failed:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!);
}
