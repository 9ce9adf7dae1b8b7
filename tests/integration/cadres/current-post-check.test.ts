import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { findCurrentPostDrift } from "@/lib/server/cadres/current-post-check";
import { seedDemo } from "../../../prisma/seed/index";
import { DEFAULT_AS_OF } from "../../factories/dates";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

// `npm run db:check`'s query on a small demo district (seed 20201, 120 cadres, asOf
// 2026-11-22) in a database of its own: the seed agrees with its history; a cadre whose stored
// rank is then set by hand to 正处级 against a history that gives another is found, with the
// value the history gives.
let demo: TestDatabase;
const sharedUrl = process.env.DATABASE_URL!;

describe("the current-post consistency check", () => {
  beforeAll(async () => {
    demo = await createTestDatabase("miaopu_it_dbcheck");
    await switchDatabase(demo.url);
    await seedDemo(prisma, { cadres: 120 });
  }, 120_000);

  afterAll(async () => {
    await switchDatabase(sharedUrl);
    await demo?.dispose();
  });

  it("finds nothing in the freshly seeded district on 2026-11-22", async () => {
    expect(await findCurrentPostDrift(DEFAULT_AS_OF)).toEqual([]);
  });

  it("finds a planted disagreement: a 副科 holder's rank set to 正处级 by hand is listed with 副科级 from the history", async () => {
    const held = await prisma.appointment.findFirstOrThrow({
      where: { endDate: null, post: { rank: "SECTION_DEPUTY", isLeadership: true } },
      select: { cadreId: true },
      orderBy: { id: "asc" },
    });
    await prisma.cadre.update({ where: { id: held.cadreId }, data: { rank: "DIVISION_PRINCIPAL" } });
    const drift = await findCurrentPostDrift(DEFAULT_AS_OF);
    expect(drift.map((c) => [c.cadreId, c.before.rank, c.change])).toEqual([
      [held.cadreId, "DIVISION_PRINCIPAL", { rank: "SECTION_DEPUTY" }],
    ]);
  });
});
