// The roster filter's unit search (a province's 10,000 units are too many for a drop-down):
// name, full pinyin or initials; names starting with the text first; the unit scope applied.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getRosterOptions } from "@/lib/server/cadres/roster-options";
import { searchRosterUnits } from "@/lib/server/cadres/roster-units";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser } from "../../support/users";

let org: Actor;
let unitUser: Actor;
const ids: Record<string, string> = {};
const unit = async (key: string, name: string) => {
  const code = `RUS${Date.now().toString(36)}${key}`;
  ids[key] = (await prisma.unit.create({ data: { code, name, type: "STREET" } })).id;
};

beforeAll(async () => {
  await unit("street", "翠微青禾街道");
  await unit("town", "翠微青山镇");
  // contains "青禾" but does not start with it
  await unit("office", "区委翠微青禾工作办");
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitUser = actorOf(await createTestUser("UNIT", { unitId: ids.town }));
});

const names = async (actor: Actor, q: string) => (await searchRosterUnits(actor, q)).map((u) => u.name);

describe("unit search for the roster filter", () => {
  it("by name: 翠微青 starts two names and is inside a third, which comes after them; 青禾 is in two", async () => {
    const found = await names(org, "翠微青");
    expect(found.slice(0, 2).sort()).toEqual(["翠微青山镇", "翠微青禾街道"].sort());
    expect(found.slice(2)).toEqual(["区委翠微青禾工作办"]);
    expect((await names(org, "青禾")).filter((n) => n.includes("翠微")).sort()).toEqual(
      ["翠微青禾街道", "区委翠微青禾工作办"].sort(),
    );
  });

  it("by initials cwqhjd and full pinyin cuiweiqingshan; names starting with the text come first", async () => {
    expect(await names(org, "cwqhjd")).toEqual(["翠微青禾街道"]);
    expect(await names(org, "CuiWeiQingShan")).toEqual(["翠微青山镇"]);
    // cwqh is inside the initials of 区委翠微青禾工作办 (qwcwqhgzb): contains, not starts
    expect(await names(org, "cwqh")).toEqual(["翠微青禾街道", "区委翠微青禾工作办"]);
  });

  it("a unit user finds only their own unit; an empty text finds nothing", async () => {
    expect(await names(unitUser, "翠微")).toEqual(["翠微青山镇"]);
    expect(await names(unitUser, "青禾")).toEqual([]);
    expect(await names(org, "  ")).toEqual([]);
  });

  it("above the drop-down's limit the options carry no list, only the chosen unit's name", async () => {
    const small = await getRosterOptions(org, ids.street);
    expect(small.units?.some((u) => u.id === ids.office)).toBe(true);
    const many = await getRosterOptions(org, ids.street, 2);
    expect(many.units).toBeNull();
    expect(many.selectedUnit).toEqual({ id: ids.street, name: "翠微青禾街道" });
    // another unit's id is simply not found for a unit user
    expect((await getRosterOptions(unitUser, ids.street, 0)).selectedUnit).toBeNull();
  });
});
