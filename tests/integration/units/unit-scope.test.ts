import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors/user-facing";
import { appointCadre } from "@/lib/server/units/appointments";
import { listUnits } from "@/lib/server/units/list-units";
import { createUnit } from "@/lib/server/units/manage-units";
import { getUnitTeam } from "@/lib/server/units/unit-team";
import { FieldError } from "@/lib/errors/field-errors";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, createStreetWithTeam, d, EXCEPTION } from "./team-fixture";

describe("unit scope of the unit list and the team view", () => {
  it("a unit user sees only their own unit: the list has one row and another unit's team is not found", async () => {
    const mine = await createStreetWithTeam();
    const other = await createStreetWithTeam();
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: mine.unit.id }));
    const list = await listUnits(unitUser, d("2026-06-30"));
    expect(list.rows.map((r) => r.id)).toEqual([mine.unit.id]);
    expect((await getUnitTeam(unitUser, mine.unit.id, d("2026-06-30"))).unit.id).toBe(mine.unit.id);
    await expect(getUnitTeam(unitUser, other.unit.id, d("2026-06-30"))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("organization staff and leaders see every unit; leaders and unit users cannot manage", async () => {
    const { unit, deputy } = await createStreetWithTeam();
    const leader = actorOf(await createTestUser("LEADER"));
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: unit.id }));
    const total = await prisma.unit.count({ where: { archivedAt: null } });
    expect((await listUnits(leader, d("2026-06-30"))).total).toBe(total);
    const cadre = await createCadreBorn(unit.id, "吴桐", "1989-09-09");
    for (const actor of [leader, unitUser]) {
      await expect(
        appointCadre(actor, {
          postId: deputy.id,
          postVersion: 1,
          cadreId: cadre.id,
          startDate: d("2026-01-01"),
          documentNo: null,
          note: null,
          exceptionReason: EXCEPTION,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        createUnit(actor, {
          name: "新单位",
          shortName: null,
          code: "X-1",
          type: "STREET",
          parentId: null,
          sectionLeaderPostCount: 0,
          isPartyGovDept: false,
          sortOrder: 0,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("the unit list counts filled and vacant leadership posts on the reference date", async () => {
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const { unit, secretary } = await createStreetWithTeam();
    const cadre = await createCadreBorn(unit.id, "郑和", "1976-06-06");
    await appointCadre(
      org,
      {
        postId: secretary.id,
        postVersion: 1,
        cadreId: cadre.id,
        startDate: d("2025-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      new Date("2026-06-30T04:00:00Z"),
    );
    const row = (await listUnits(org, d("2026-06-30"), { q: unit.code })).rows[0];
    expect([row.leadershipPosts, row.filledPosts]).toEqual([2, 1]);
    const before = (await listUnits(org, d("2024-12-31"), { q: unit.code })).rows[0];
    expect(before.filledPosts).toBe(0);
  });

  it("refuses a duplicate unit code and a parent that is the unit's own child, beside the field", async () => {
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const { unit } = await createStreetWithTeam();
    const err = await createUnit(org, {
      name: "重复",
      shortName: null,
      code: unit.code,
      type: "STREET",
      parentId: null,
      sectionLeaderPostCount: 0,
      isPartyGovDept: false,
      sortOrder: 0,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect(err.field).toBe("code");
    const child = await createUnit(org, {
      name: "下级",
      shortName: null,
      code: `${unit.code}-C`,
      type: "DISTRICT_UNIT",
      parentId: unit.id,
      sectionLeaderPostCount: 0,
      isPartyGovDept: false,
      sortOrder: 0,
    });
    const { updateUnit } = await import("@/lib/server/units/manage-units");
    const cyc = await updateUnit(org, {
      id: unit.id,
      version: unit.version,
      name: unit.name,
      shortName: null,
      code: unit.code,
      type: "STREET",
      parentId: child.id,
      sectionLeaderPostCount: 0,
      isPartyGovDept: false,
      sortOrder: 0,
    }).catch((e) => e);
    expect(cyc).toBeInstanceOf(FieldError);
    expect(cyc.message).toBe("上级单位不能是本单位或其下级单位");
  });
});
