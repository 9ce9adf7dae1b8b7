import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { day, toDay } from "@/lib/rules";
import { prisma } from "@/lib/server/db";
import { computeWorkList } from "@/lib/server/home/worklist";
import type { WorkList } from "@/lib/worklist/model";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

// As of 2026-12-07, in two units of their own: unit A holds a man reaching 60 + 5 months on
// 2026-12-20, a 副科 → 正科 promotion of 2025-12-20 (probation ends 2026-12-19), a 副科职 since
// 2021-12-08 (5 years on 2026-12-08), a 科级 pool member since 2024-06-01 never reviewed, and
// one 2025 assessment among its four cadres; unit B a man reaching retirement on 2026-12-10.
const TODAY = day(2026, 12, 7);
let org: Actor;
let unitUser: Actor;
const ids: Record<string, string> = {};

const cadre = (
  name: string,
  unitId: string,
  birth: string,
  over: { gender?: "MALE" | "FEMALE"; rank?: "SECTION_DEPUTY" | "DIVISION_DEPUTY" } = {},
) =>
  prisma.cadre.create({
    data: {
      name,
      gender: over.gender ?? "MALE",
      birthDate: toDay(birth),
      politicalStatus: "CPC_MEMBER",
      unitId,
      rank: over.rank ?? "SECTION_DEPUTY",
    },
  });
const post = (unitId: string, title: string, rank: "SECTION_PRINCIPAL" | "SECTION_DEPUTY") =>
  prisma.post.create({ data: { unitId, title, rank, isPrincipal: rank === "SECTION_PRINCIPAL" } });
const itemsOf = (l: WorkList | null, kind: string) => l?.groups.find((g) => g.kind === kind)?.items ?? [];
const keysOf = (l: WorkList | null, kind: string) => itemsOf(l, kind).map((i) => i.key);

beforeAll(async () => {
  const [a, b] = [await createTestUnit(), await createTestUnit()];
  org = actorOf(await createTestUser("ORG_STAFF"));
  unitUser = actorOf(await createTestUser("UNIT", { unitId: a.id }));
  const retiring = await cadre("甲退休", a.id, "1966-07-20");
  const promoted = await cadre("乙提任", a.id, "1988-03-01");
  const serving = await cadre("丙五年", a.id, "1985-01-01");
  const member = await cadre("丁在库", a.id, "1995-01-01");
  const other = await cadre("戊外单位", b.id, "1966-07-10");
  // women: 科级 born 1971-07-05 (55 + 5 months, 2026-12-05); 处级 born 1966-12-15 (60, 2026-12-15);
  // 处级 born 1971-07-05 (60 is above the raised 55 + 5 months: 2031-07-05, not this year)
  const women = {
    section: (await cadre("己女科级", b.id, "1971-07-05", { gender: "FEMALE" })).id,
    division: (await cadre("庚女处级", b.id, "1966-12-15", { gender: "FEMALE", rank: "DIVISION_DEPUTY" })).id,
    divisionYoung: (await cadre("辛女处级", b.id, "1971-07-05", { gender: "FEMALE", rank: "DIVISION_DEPUTY" })).id,
  };
  Object.assign(ids, women);
  Object.assign(ids, { retiring: retiring.id, promoted: promoted.id, serving: serving.id, other: other.id });
  const [deputy, chief, deputy2] = [
    await post(a.id, "副科长", "SECTION_DEPUTY"),
    await post(a.id, "科长", "SECTION_PRINCIPAL"),
    await post(a.id, "副主任", "SECTION_DEPUTY"),
  ];
  await prisma.appointment.create({
    data: { cadreId: promoted.id, postId: deputy.id, startDate: toDay("2020-01-01"), endDate: toDay("2025-12-19") },
  });
  ids.promotion = (
    await prisma.appointment.create({
      data: { cadreId: promoted.id, postId: chief.id, startDate: toDay("2025-12-20") },
    })
  ).id;
  ids.tenure = (
    await prisma.appointment.create({
      data: { cadreId: serving.id, postId: deputy2.id, startDate: toDay("2021-12-08") },
    })
  ).id;
  ids.entry = (
    await prisma.poolEntry.create({
      data: { cadreId: member.id, tier: "SECTION", source: "ORG_INVESTIGATION", enteredOn: toDay("2024-06-01") },
    })
  ).id;
  await prisma.assessment.create({ data: { cadreId: member.id, year: 2025, grade: "COMPETENT" } });
});

describe("the home work list as of 2026-12-07", () => {
  it("a unit user sees their unit's items only: 甲 retires this month, 戊 of unit B is not there", async () => {
    const l = await computeWorkList(unitUser, TODAY);
    expect(l?.scopeLabel).toBe("本单位");
    expect(keysOf(l, "RETIRE_THIS_MONTH")).toEqual([ids.retiring]);
    expect(JSON.stringify(l)).not.toContain(ids.other);
  });

  it("women: 55 raised below 处级 (己, 2026-12-05, 55周岁5个月), 60 at 处级 (庚, 2026-12-15); 辛 at 处级 born 1971 not before 2031", async () => {
    const l = await computeWorkList(org, TODAY);
    const mine = itemsOf(l, "RETIRE_THIS_MONTH").filter((i) => [ids.section, ids.division].includes(i.key));
    expect(mine.map((i) => [i.key, i.dueOn])).toEqual([
      [ids.section, "2026-12-05"],
      [ids.division, "2026-12-15"],
    ]);
    expect(mine[0].detail).toContain("55周岁5个月");
    expect(mine[1].detail).toContain("（60周岁）");
    // not among this month's retirements (辛 may well be listed elsewhere, e.g. missing an assessment)
    expect(keysOf(l, "RETIRE_THIS_MONTH")).not.toContain(ids.divisionYoung);
  });

  it("organization staff see the district's: both 甲 (2026-12-20) and 戊 (2026-12-10), earliest first", async () => {
    const items = itemsOf(await computeWorkList(org, TODAY), "RETIRE_THIS_MONTH").filter((i) =>
      [ids.retiring, ids.other].includes(i.key),
    );
    expect(items.map((i) => [i.key, i.dueOn, i.href])).toEqual([
      [ids.other, "2026-12-10", `/cadres/${ids.other}`],
      [ids.retiring, "2026-12-20", `/cadres/${ids.retiring}`],
    ]);
  });

  it("probation of the 2025-12-20 promotion ends 2026-12-19 (NAT-PROBATION); 5 years in post on 2026-12-08", async () => {
    const l = await computeWorkList(unitUser, TODAY);
    expect(itemsOf(l, "PROBATION_ENDING").map((i) => [i.key, i.dueOn, i.ruleId, i.href])).toEqual([
      [ids.promotion, "2026-12-19", "NAT-PROBATION", `/cadres/${ids.promoted}`],
    ]);
    const tenure = l?.groups.find((g) => g.kind === "TENURE_5");
    expect([tenure?.count, tenure?.items[0]?.key, tenure?.items[0]?.dueOn]).toEqual([1, ids.tenure, "2026-12-08"]);
  });

  it("the member never reviewed since 2024-06-01 is due (overdue since 2025-06-01) and lacks a 2025 review", async () => {
    const l = await computeWorkList(unitUser, TODAY);
    expect(itemsOf(l, "POOL_REVIEW_DUE").map((i) => [i.key, i.dueOn, i.href])).toEqual([
      [ids.entry, "2025-06-01", `/pool/${ids.entry}`],
    ]);
    expect(keysOf(l, "NO_POOL_REVIEW")).toEqual([`${ids.entry}-record`]);
  });

  it("three of the unit's four serving cadres lack a 2025 assessment (counted in SQL)", async () => {
    const g = (await computeWorkList(unitUser, TODAY))?.groups.find((x) => x.kind === "NO_ASSESSMENT");
    expect(g?.count).toBe(3);
    expect(new Set(g?.items.map((i) => i.key))).toEqual(new Set([ids.retiring, ids.promoted, ids.serving]));
  });

  it("the system administrator and the auditor have no work list; a leader's holds target warnings only", async () => {
    expect(await computeWorkList(actorOf(await createTestUser("SYS_ADMIN")), TODAY)).toBeNull();
    expect(await computeWorkList(actorOf(await createTestUser("AUDITOR")), TODAY)).toBeNull();
    const leader = await computeWorkList(actorOf(await createTestUser("LEADER")), TODAY);
    expect(leader?.groups.every((g) => g.kind === "TARGET_UNMET")).toBe(true);
    expect(leader?.groups[0]?.items.every((i) => i.href.startsWith("/dashboard#target-"))).toBe(true);
  });
});
