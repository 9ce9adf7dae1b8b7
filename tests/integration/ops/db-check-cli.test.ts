// `npm run db:check` as an operator runs it (the CLI spawned with tsx --conditions=react-server,
// as package.json does) against a freshly migrated and seeded database of its own: exit 0 and
// the ✓ line on the clean demo district; exit 1 naming the cadre, the field and both values once
// a disagreement is planted (a 副科 post holder's rank set to 正处级 by hand).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { seedDemo } from "../../../prisma/seed/index";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase, workerDatabaseUrl } from "../../support/test-database";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
let demo: TestDatabase;

function dbCheck() {
  const r = spawnSync(tsx, ["--conditions=react-server", "lib/cli/db-check.ts", "--as-of", "2026-11-22"], {
    env: { ...process.env, DATABASE_URL: demo.url, MIAOPU_ENCRYPTION_KEY: inject("encryptionKey") },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

beforeAll(async () => {
  demo = await createTestDatabase("miaopu_it_dbcheck_cli");
  await switchDatabase(demo.url);
  await seedDemo(prisma, { cadres: 120 });
}, 180_000);

afterAll(async () => {
  await switchDatabase(workerDatabaseUrl());
  await demo?.dispose();
});

describe("npm run db:check", () => {
  it("exits 0 on the freshly seeded district", () => {
    const r = dbCheck();
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("✓ 干部现任职务、单位、职务层次与任职记录一致（2026-11-22）");
  }, 60_000);

  it("exits 1 and names the cadre after a disagreement is planted", async () => {
    const held = await prisma.appointment.findFirstOrThrow({
      where: { endDate: null, post: { rank: "SECTION_DEPUTY", isLeadership: true } },
      select: { cadre: { select: { id: true, name: true } } },
      orderBy: { id: "asc" },
    });
    await prisma.cadre.update({ where: { id: held.cadre.id }, data: { rank: "DIVISION_PRINCIPAL" } });
    const r = dbCheck();
    expect(r.status, r.out).toBe(1);
    expect(r.out).toContain("✗ 1 名干部的现任职务等与任职记录不一致（2026-11-22）");
    expect(r.out).toContain(`${held.cadre.id} ${held.cadre.name} rank: DIVISION_PRINCIPAL → SECTION_DEPUTY`);
  }, 60_000);
});
