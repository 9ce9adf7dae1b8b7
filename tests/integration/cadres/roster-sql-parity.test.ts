// The roster page's SQL (roster-sql.ts, roster-page.ts, roster-count.ts) against the Prisma
// where and order the export and the other readers use (scopedRosterWhere, rosterOrderBy): for
// every filter and sort (both directions of the unit order), the page walks exactly the rows of one Prisma
// findMany in the same order, and the counts agree. 30 cadres in three units (one without a
// unit), varied on every filtered field, pages of 20.
import { beforeAll, describe, expect, it } from "vitest";
import { listRoster, scopedRosterWhere } from "@/lib/server/cadres/roster";
import { rosterCount } from "@/lib/server/cadres/roster-count";
import { rosterOrderBy } from "@/lib/server/cadres/roster-where";
import { prisma } from "@/lib/server/db";
import type { Actor } from "@/lib/auth/actor";
import { POOL_TIERS } from "@/lib/rules/model/enums";
import { ROSTER_SORT_KEYS, type RosterQuery } from "@/lib/validation/roster-query";
import { actorOf, createTestUser } from "../../support/users";
import { AS_OF, cadreMaker, makeUnit, newTag, queryFor } from "./roster-world";

const tag = newTag();
let org: Actor;
let unitUser: Actor;
const RANKS = ["STAFF", "SECTION_DEPUTY", "SECTION_PRINCIPAL", "DIVISION_DEPUTY", null] as const;
const POLITICAL = ["CPC_MEMBER", "MASSES", "DEMOCRATIC_PARTY"] as const;

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  const units = [await makeUnit("STREET", 5), await makeUnit("SCHOOL", 5), await makeUnit("SOE", 1)];
  unitUser = actorOf(await createTestUser("UNIT", { unitId: units[0].id }));
  const names =
    "张三李四王五赵六钱七孙八周九吴十郑一冯二陈三褚四卫五蒋六沈七韩八杨九朱十秦一尤二许三何四吕五施六张七孔八曹九严十华一金二";
  for (let i = 0; i < 30; i++) {
    const make = cadreMaker(tag, i === 29 ? (null as unknown as string) : units[i % 3].id);
    const c = await make({
      name: names.slice(i * 2, i * 2 + 2),
      gender: i % 2 ? "FEMALE" : "MALE",
      birthDate: new Date(Date.UTC(1975 + (i % 17), i % 12, 1 + (i % 27))),
      rank: RANKS[i % 5],
      grade: i % 4 === 0 ? "CLERK_1" : null,
      politicalStatus: POLITICAL[i % 3],
      ethnicity: i % 7 === 0 ? "回族" : "汉族",
      highestFullTimeLevel: i % 3 === 0 ? "MASTER_STUDY" : i % 3 === 1 ? "BACHELOR" : null,
      hasEliteDegree: i % 5 === 0,
      familiarDomains: i % 4 === 1 ? ["党务"] : [],
      workStartDate: i % 6 === 0 ? null : new Date(Date.UTC(2000 + (i % 9), 6, 1)),
      status: i % 10 === 9 ? "RETIRED" : "SERVING",
    });
    if (i % 4 === 2 || i % 8 === 3)
      await prisma.poolEntry.create({
        data: {
          cadreId: c.id,
          tier: i % 8 === 3 ? "DIVISION_DEPUTY" : "SECTION",
          source: "UNIT_RECOMMENDATION",
          enteredOn: new Date(AS_OF),
        },
      });
  }
});

async function walk(actor: Actor, q: RosterQuery): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= 5; page++) {
    const p = await listRoster(actor, { ...q, page, size: 20 });
    ids.push(...p.rows.map((r) => r.id));
    if (!p.hasNext) break;
  }
  return ids;
}

/** 在库 has no Prisma order: the lowest open tier in the enum's order, outside the pool last, then id. */
async function byPool(q: RosterQuery): Promise<{ id: string }[]> {
  const rows = await prisma.cadre.findMany({
    where: scopedRosterWhere(org, q),
    select: { id: true, poolEntries: { where: { closedOn: null }, select: { tier: true } } },
  });
  const rank = (r: (typeof rows)[number]) =>
    r.poolEntries.length ? Math.min(...r.poolEntries.map((e) => POOL_TIERS.indexOf(e.tier))) : null;
  const sign = q.dir === "desc" ? -1 : 1;
  return rows.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : sign * (x - y);
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

const FILTERS: Record<string, string>[] = [
  {},
  { q: "zs" },
  { q: "张" },
  { unitType: "STREET,SOE" },
  { rank: "SECTION_DEPUTY,STAFF" },
  { grade: "CLERK_1" },
  { gender: "FEMALE", ageMin: "35", ageMax: "45" },
  { ethnicity: "少数民族" },
  { political: "MASSES,DEMOCRATIC_PARTY" },
  { eduMin: "BACHELOR", elite: "1" },
  { pool: "IN" },
  { pool: "OUT" },
  { pool: "SECTION" },
  { status: "ALL" },
  { status: "RETIRED" },
];

describe("the roster's SQL gives the rows and counts of the Prisma where and order", () => {
  // every sort both ways without filters; each filter under the unit order both ways and one other sort
  const CASES = [
    ...ROSTER_SORT_KEYS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => ({ params: {}, sort, dir }))),
    ...FILTERS.flatMap((params, i) => [
      { params, sort: "unit" as const, dir: "asc" as const },
      { params, sort: "unit" as const, dir: "desc" as const },
      {
        params,
        sort: ROSTER_SORT_KEYS[i % ROSTER_SORT_KEYS.length],
        dir: i % 2 ? ("desc" as const) : ("asc" as const),
      },
    ]),
  ];

  it(`${CASES.length} filter × sort × direction cases: same ids in the same order, same total`, async () => {
    for (const { params, sort, dir } of CASES) {
      // every query carries the world's tag as its domain filter (queryFor), so the domain
      // filter is exercised throughout and other files' rows stay out
      const q = queryFor(tag, { ...params, sort, dir });
      const where = scopedRosterWhere(org, q);
      const expected =
        q.sort === "pool"
          ? await byPool(q)
          : await prisma.cadre.findMany({ where, orderBy: rosterOrderBy(q), select: { id: true } });
      const label = `${JSON.stringify(params)} ${sort} ${dir}`;
      expect(await walk(org, q), label).toEqual(expected.map((c) => c.id));
      expect((await rosterCount(org, q, new Date(AS_OF))).count, label).toBe(expected.length);
    }
  }, 60_000);

  it("a unit user's page and count hold only their unit's cadres; the capped count says capped past the cap", async () => {
    const q = queryFor(tag, { status: "ALL" });
    const mine = await walk(unitUser, q);
    const expected = await prisma.cadre.count({ where: scopedRosterWhere(unitUser, q) });
    expect(mine).toHaveLength(expected);
    expect(await rosterCount(unitUser, q, new Date(AS_OF))).toEqual({ count: expected, capped: false });
    expect(await rosterCount(org, q, new Date(AS_OF), 5)).toEqual({ count: 5, capped: true });
  });
});
