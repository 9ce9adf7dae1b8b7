import { describe, expect, it } from "vitest";
import type { DashboardModel } from "@/lib/dashboard/model";
import { ForbiddenError, NotFoundError } from "@/lib/errors/user-facing";
import { computeDashboard } from "@/lib/server/dashboard/get-dashboard";
import { prisma } from "@/lib/server/db";
import { addMove, convertPlan, createPlan, getPlan, planResults, sharePlan } from "@/lib/server/staffing-plans";
import { appointCadre } from "@/lib/server/units/appointments";
import { actorOf, createTestUser } from "../../support/users";
import { useFallbackProfile } from "../dashboard/fallback-profile";
import { createCadreBorn, createStreetWithTeam, d, EXCEPTION } from "../units/team-fixture";

// A street team: 党工委书记 born 1968-03-01 (58 on 2026-06-30), 办事处主任 born 1967-03-01 (59),
// 办事处副主任 vacant. 周宁 (born 1986-07-01: 39) is in the pool (副处级) and heads the street's
// 党政办公室. A plan as of 2026-06-30 places 周宁 in the vacancy: in the plan the street counts for
// D20-ST-STREET-40 (≤ 40 + 2), the figure rising from n to n + 1, while the real dashboard stays at
// n and no appointment is written.
const AS_OF = d("2026-06-30");
const NOW = new Date("2026-06-30T04:00:00Z");
const street40 = (m: DashboardModel) => m.targets.find((t) => t.key === "D20-ST-STREET-40")!;

async function streetWithVacancy() {
  const org = actorOf(await createTestUser("ORG_STAFF"));
  const { unit, secretary, deputy } = await createStreetWithTeam();
  const director = await prisma.post.create({
    data: {
      unitId: unit.id,
      title: "办事处主任",
      isPrincipal: true,
      isPartyGovHead: true,
      rank: "DIVISION_PRINCIPAL",
      sortOrder: 15,
    },
  });
  const office = await prisma.post.create({
    data: { unitId: unit.id, title: "党政办公室主任", isPrincipal: true, rank: "SECTION_PRINCIPAL", sortOrder: 30 },
  });
  const appoint = async (postId: string, name: string, born: string) => {
    const c = await createCadreBorn(unit.id, name, born);
    const input = { postId, postVersion: 1, cadreId: c.id, startDate: d("2020-01-01"), documentNo: null, note: null };
    await appointCadre(org, { ...input, exceptionReason: EXCEPTION }, NOW);
    return c;
  };
  await appoint(secretary.id, "老书记", "1968-03-01");
  await appoint(director.id, "老主任", "1967-03-01");
  const young = await appoint(office.id, "周宁", "1986-07-01");
  await prisma.poolEntry.create({
    data: { cadreId: young.id, tier: "DIVISION_DEPUTY", source: "ORG_INVESTIGATION", enteredOn: d("2025-01-01") },
  });
  return { org, unit, deputy, office, young };
}

describe("模拟调配: a plan changes the targets in memory only", () => {
  useFallbackProfile();

  it("placing a 39-year-old pool member in a street team of 58 and 59 with one vacancy: D20-ST-STREET-40 n → n + 1 in the plan, n on the dashboard; team 2 members/1 vacancy → 3/0, about-40 0 → 1", async () => {
    const { org, unit, deputy, office, young } = await streetWithVacancy();
    const leader = actorOf(await createTestUser("LEADER"));
    const { id } = await createPlan(org, { name: "街道班子调整方案", asOf: AS_OF });
    await addMove(org, { planId: id, version: 1, kind: "PLACE", cadreId: young.id, postId: deputy.id });
    const plan = await getPlan(org, id);
    const r = await planResults(org, plan);

    const row = r.targets.find((t) => t.key === "D20-ST-STREET-40")!;
    expect(row.after.count).toBe(row.before.count + 1);
    expect(row.changed).toBe(true);
    expect(row.gained).toEqual([unit.id]);
    expect(r.names[unit.id]).toBe(unit.name);
    // 周宁 (no 职务层次 recorded) into a 副处 post is a promotion on the plan's date, named in D20-ST-NEWPROMO
    const promo = r.targets.find((t) => t.key === "D20-ST-NEWPROMO:2026")!;
    expect(promo.after.count).toBe(promo.before.count + 1);
    expect(promo.gained.map((id) => r.names[id])).toEqual(["周宁"]);

    const team = r.teams.find((t) => t.unitId === unit.id)!;
    expect([team.before.members, team.before.vacancies, team.before.structure.about40]).toEqual([2, 1, 0]);
    expect([team.after.members, team.after.vacancies, team.after.structure.about40]).toEqual([3, 0, 1]);
    expect(team.after.holders.find((h) => h.cadreId === young.id)).toMatchObject({ postId: deputy.id, age: 39 });
    expect(team.after.holders.some((h) => h.postId === office.id)).toBe(false);
    // the team-analysis warnings before → after: no cadre of about 40 and the vacancy clear; the
    // two leaving within 3 years (58 → 60 on 2028-03-01, 59 → 60 on 2027-03-01) still reach
    // ceil(3 × 1/3) = 1 of 3, so the turnover warning stays
    const kinds = (s: typeof team.before) => s.flags.map((f) => `${f.kind} ${f.ruleId}`).sort();
    expect(kinds(team.before)).toEqual([
      "NO_ABOUT_40 D20-ST-STREET-40",
      "TURNOVER DP-TEAM-TURNOVER",
      "VACANCY DP-TEAM-POSTS",
    ]);
    expect(kinds(team.after)).toEqual(["TURNOVER DP-TEAM-TURNOVER"]);

    // the verdicts of 周宁 as 副处级 (D20-AGE-FC: 39 ≤ 40 passes), each check with its rule id
    const v = r.verdicts.find((x) => x.cadreId === young.id)!;
    expect(v.tier).toBe("DIVISION_DEPUTY");
    expect(v.pool.checks.find((c) => c.ruleId === "D20-AGE-FC")?.passed).toBe(true);
    expect(v.promotion?.checks.length).toBeGreaterThan(0);
    expect(r.explanations["D20-ST-STREET-40"].ruleId).toBe("D20-ST-STREET-40");

    // the real record: the dashboard still reads n, and no appointment to 副主任 exists
    const real = street40(await computeDashboard(leader, AS_OF));
    expect(real.actualCount).toBe(row.before.count);
    expect(real.counted.map((i) => i.id)).not.toContain(unit.id);
    expect(await prisma.appointment.count({ where: { postId: deputy.id } })).toBe(0);
  });

  it("is the organization department's: a leader and a unit user are refused, another staff member finds it only once shared; converting makes one 动议 per move and marks the plan converted", async () => {
    const { org, unit, deputy, young } = await streetWithVacancy();
    const other = actorOf(await createTestUser("ORG_STAFF"));
    const leader = actorOf(await createTestUser("LEADER"));
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: unit.id }));
    const { id } = await createPlan(org, { name: "私有方案", asOf: AS_OF });
    await expect(getPlan(leader, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPlan(unitUser, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPlan(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await sharePlan(org, { id, version: 1, shared: true });
    expect((await getPlan(other, id)).shared).toBe(true);

    await addMove(other, { planId: id, version: 2, kind: "PLACE", cadreId: young.id, postId: deputy.id });
    const { nominationIds } = await convertPlan(org, { id, version: 3 });
    expect(nominationIds).toHaveLength(1);
    const n = await prisma.nomination.findUniqueOrThrow({ where: { id: nominationIds[0] }, include: { events: true } });
    expect([n.cadreId, n.stage, n.tier, n.unitId]).toEqual([young.id, "PROPOSED", "DIVISION_DEPUTY", unit.id]);
    expect(n.proposedPost).toBe(`${unit.name}办事处副主任`);
    expect(n.events.map((e) => (e.data as { kind: string }).kind)).toEqual(["PLANNED"]);
    const after = await getPlan(org, id);
    expect([after.status, after.moves[0].nominationIds]).toEqual(["CONVERTED", nominationIds]);
    await expect(
      addMove(org, { planId: id, version: 4, kind: "EXIT", cadreId: young.id, postId: deputy.id }),
    ).rejects.toThrow("不能再修改");
    const actions = await prisma.auditLog.findMany({
      where: { objectId: id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "staffingPlan.create",
      "read.denied", // the other staff member's refused read, while the plan was private
      "staffingPlan.share",
      "staffingPlan.move.add",
      "staffingPlan.convert",
    ]);
  });
});
