// "%" and "_" typed into a search match themselves: Prisma passes them into LIKE unescaped, so
// before lib/server/search/escape-like.ts a search for "%" listed every cadre and "_" matched
// any single character.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { filterWhere } from "@/lib/server/audit-log/search-audit-log";
import { writeAuditStandalone } from "@/lib/server/audit";
import { cadreNameWhere } from "@/lib/server/cadres/name-search";
import { prisma } from "@/lib/server/db";
import { listUnits } from "@/lib/server/units/list-units";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

let unitId: string;
let staff: Actor;
const tag = `W${Date.now().toString(36)}`;

beforeAll(async () => {
  unitId = (await createTestUnit()).id;
  await createTestCadre(unitId, "张三");
  await createTestCadre(unitId, "李_四");
  await createTestCadre(unitId, "王100%");
  staff = actorOf(await createTestUser("ORG_STAFF"));
  await prisma.unit.create({ data: { code: `${tag}A`, name: `${tag}甲街道`, type: "STREET" } });
  await prisma.unit.create({ data: { code: `${tag}B`, name: `${tag}_乙街道`, type: "STREET" } });
  for (const username of [`${tag}plain`, `${tag}_under`])
    await writeAuditStandalone({
      actor: { id: staff.userId, username, role: staff.role },
      ip: null,
      action: "test.like",
      objectType: null,
      objectId: null,
      result: "SUCCESS",
    });
});

const cadreNames = async (q: string) =>
  (
    await prisma.cadre.findMany({
      where: { AND: [{ unitId }, cadreNameWhere(q)] },
      select: { name: true },
      orderBy: { name: "asc" },
    })
  ).map((c) => c.name);

describe("searches match % and _ literally", () => {
  it("cadre names (roster, choosers, nominations)", async () => {
    expect(await cadreNames("_")).toEqual(["李_四"]);
    expect(await cadreNames("%")).toEqual(["王100%"]);
    expect(await cadreNames("张%")).toEqual([]);
    expect(await cadreNames("李_")).toEqual(["李_四"]);
    expect(await cadreNames("张")).toEqual(["张三"]);
  });

  it("units", async () => {
    const names = async (q: string) =>
      (await listUnits(staff, new Date(), { q })).rows.map((r) => r.name).filter((n) => n.startsWith(tag));
    expect(await names(`${tag}_`)).toEqual([`${tag}_乙街道`]);
    expect(await names(`${tag}%`)).toEqual([]);
    expect((await names(tag)).sort()).toEqual([`${tag}_乙街道`, `${tag}甲街道`].sort());
  });

  it("the audit log's user and action filters", async () => {
    const users = async (username: string, action?: string) =>
      (
        await prisma.auditLog.findMany({
          where: { AND: [filterWhere({ username, action } as never), { action: "test.like" }] },
        })
      ).map((r) => r.username);
    expect(await users(`${tag}_`)).toEqual([`${tag}_under`]);
    expect(await users(`${tag}%`)).toEqual([]);
    expect(await users(tag, "test_like")).toEqual([]);
    expect((await users(tag, "test.")).length).toBe(2);
  });
});
