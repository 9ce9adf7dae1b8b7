import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { findCurrentPostDrift, fixCurrentPostDrift } from "@/lib/server/cadres/current-post-check";
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

let indexesBefore: string[];

const indexDefs = async () =>
  (
    await prisma.$queryRawUnsafe<{ def: string }[]>(
      `select indexdef as def from pg_indexes where schemaname = current_schema() order by indexname`,
    )
  ).map((r) => r.def);

beforeAll(async () => {
  demo = await createTestDatabase("miaopu_it_dbcheck");
  await switchDatabase(demo.url);
  indexesBefore = await indexDefs();
  await seedDemo(prisma, { cadres: 120 });
}, 120_000);

afterAll(async () => {
  await switchDatabase(sharedUrl);
  await demo?.dispose();
});

// The seed's bulk load (prisma/seed/insert.ts), checked on the same freshly seeded district before
// the tests below change it: the secondary indexes it drops come back with the same definitions,
// the RankRecord rows it writes in place of the skipped Cadre_rank_record_sync trigger are the
// trigger's (one per 职务层次 and one per 职级, started on rankSince/gradeSince, the trigger's
// note when the date is missing), and the DataChange counter moved for the dashboard's stamp.
describe("the seed's bulk load", () => {
  it("leaves every index as the migrations made it", async () => {
    expect(await indexDefs()).toEqual(indexesBefore);
  });

  it("writes the RankRecord rows Cadre_rank_record_sync writes for a new cadre, and no others", async () => {
    const expected = `
      select id as "cadreId", rank::text, null::text as grade, "rankSince" as "startDate",
             case when "rankSince" is null then '任现职务层次时间未录入' end as note
        from "Cadre" where rank is not null
      union all
      select id, null, grade::text, "gradeSince", case when "gradeSince" is null then '任现职级时间未录入' end
        from "Cadre" where grade is not null`;
    const actual = `select "cadreId", rank::text, grade::text, "startDate", note from "RankRecord" where "endDate" is null`;
    const [{ missing, extra, total, cadres }] = await prisma.$queryRawUnsafe<
      { missing: number; extra: number; total: number; cadres: number }[]
    >(`select (select count(*)::int from (select * from (${expected}) e except all select * from (${actual}) a) m) as missing,
              (select count(*)::int from (select * from (${actual}) a except all select * from (${expected}) e) x) as extra,
              (select count(*)::int from "RankRecord") as total,
              (select count(*)::int from "Cadre") as cadres`);
    expect(cadres).toBe(120);
    expect({ missing, extra }).toEqual({ missing: 0, extra: 0 });
    expect(total).toBeGreaterThanOrEqual(120); // every seeded cadre has a 职务层次 or 职级
  });

  it("moves the DataChange counter", async () => {
    const [{ counter }] = await prisma.$queryRawUnsafe<{ counter: bigint }[]>(
      `select counter from "DataChange" where id = 1`,
    );
    expect(Number(counter)).toBeGreaterThan(0);
  });
});

describe("the current-post consistency check", () => {
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

  describe("db:check --fix: a 任职 entered ahead of its start date takes effect on the day", () => {
    it("on the start day the drifting cadre is brought in step with the history, audited without an acting user, and nothing drifts after", async () => {
      const held = await prisma.appointment.findFirstOrThrow({
        where: { endDate: null, post: { rank: "SECTION_DEPUTY", isLeadership: true } },
        select: { cadreId: true, post: { select: { title: true } } },
        orderBy: { id: "desc" },
      });
      // stored fields as a writer left them before a future start: another title
      await prisma.cadre.update({ where: { id: held.cadreId }, data: { currentPostTitle: "（待任职生效）" } });
      const before = await findCurrentPostDrift(DEFAULT_AS_OF);
      expect(before.map((c) => c.cadreId)).toContain(held.cadreId);

      const fixed = await fixCurrentPostDrift(DEFAULT_AS_OF);
      expect(fixed.map((c) => c.cadreId).sort()).toEqual(before.map((c) => c.cadreId).sort());
      expect(await findCurrentPostDrift(DEFAULT_AS_OF)).toEqual([]);
      const row = await prisma.auditLog.findFirstOrThrow({
        where: { objectId: held.cadreId, action: "cadre.update" },
        orderBy: { id: "desc" },
      });
      expect(row).toMatchObject({ userId: null, diff: { source: "appointments", by: "npm run db:check -- --fix" } });
      expect((await prisma.cadre.findUniqueOrThrow({ where: { id: held.cadreId } })).currentPostTitle).not.toBe(
        "（待任职生效）",
      );
    });
  });
});
