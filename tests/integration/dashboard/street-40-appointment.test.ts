import { describe, expect, it } from "vitest";
import type { DashboardModel } from "@/lib/dashboard/model";
import { computeDashboard } from "@/lib/server/dashboard/get-dashboard";
import { prisma } from "@/lib/server/db";
import { appointCadre } from "@/lib/server/units/appointments";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, createStreetWithTeam, d, EXCEPTION } from "../units/team-fixture";
import { useFallbackProfile } from "./fallback-profile";

// A street whose team (书记 55, 副主任 vacant) lacks a cadre of about 40 (≤42) — its 34-year-old
// office head does not count, being no member of the team. Appointing a cadre born 1986-07-01
// (39 on 2026-06-30) as 副主任 from 2026-03-01 makes the street count: D20-ST-STREET-40's actual
// figure rises by one on 2026-06-30, and is unchanged on 2026-02-28, before the appointment.
const AS_OF = d("2026-06-30");
const BEFORE = d("2026-02-28");
const NOW = new Date("2026-06-30T04:00:00Z");
const street40 = (m: DashboardModel) => m.targets.find((t) => t.key === "D20-ST-STREET-40")!;

describe("D20-ST-STREET-40 after an appointment", () => {
  useFallbackProfile();

  it("appointing a 39-year-old to a street team that lacked a cadre of about 40 raises the figure by one", async () => {
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const leader = actorOf(await createTestUser("LEADER"));
    const { unit, secretary, deputy } = await createStreetWithTeam();
    const office = await prisma.post.create({
      data: { unitId: unit.id, title: "党政办公室主任", isPrincipal: true, rank: "SECTION_PRINCIPAL", sortOrder: 30 },
    });
    await appointCadre(
      org,
      {
        postId: secretary.id,
        postVersion: 1,
        cadreId: (await createCadreBorn(unit.id, "老书记", "1971-01-01")).id,
        startDate: d("2020-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );
    await appointCadre(
      org,
      {
        postId: office.id,
        postVersion: 1,
        cadreId: (await createCadreBorn(unit.id, "办公室主任", "1992-01-01")).id,
        startDate: d("2021-01-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );

    // (the lacking list is cut at 60 items and other files add empty streets: check the counted side)
    const before = street40(await computeDashboard(leader, AS_OF));
    expect(before.counted.map((i) => i.id)).not.toContain(unit.id);

    const young = await createCadreBorn(unit.id, "周宁", "1986-07-01");
    await appointCadre(
      org,
      {
        postId: deputy.id,
        postVersion: 1,
        cadreId: young.id,
        startDate: d("2026-03-01"),
        documentNo: null,
        note: null,
        exceptionReason: EXCEPTION,
      },
      NOW,
    );

    const after = street40(await computeDashboard(leader, AS_OF));
    expect(after.actualCount).toBe(before.actualCount + 1);
    expect(after.n).toBe(before.n);
    expect(after.counted.find((i) => i.id === unit.id)?.detail).toBe("班子最年轻成员 39岁");

    // the past is recomputed from the appointment history: before 1 March the street still lacked
    const earlier = street40(await computeDashboard(leader, BEFORE));
    expect(earlier.counted.map((i) => i.id)).not.toContain(unit.id);
  });
});
