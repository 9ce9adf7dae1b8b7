import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { getTeamAnalysis, listTeamAnalyses } from "@/lib/server/units/analysis/team-analysis";
import { actorOf, createTestUser } from "../../support/users";
import { createCadreBorn, createStreetWithTeam, d } from "./team-fixture";

const AS_OF = d("2026-06-30");

// A street of six 处级 posts (书记, 副主任 and four more), five of them held from 2022-01-01 and
// one vacant; the men born 1968-03-01 (58) and 1967-01-10 (59) reach 60 before 2029-06-30.
async function streetOfSix() {
  const team = await createStreetWithTeam();
  const more = await Promise.all(
    ["主任", "副书记", "副主任乙", "人大工委主任"].map((title, i) =>
      prisma.post.create({
        data: {
          unitId: team.unit.id,
          title,
          rank: i === 0 ? "DIVISION_PRINCIPAL" : "DIVISION_DEPUTY",
          sortOrder: 30 + i,
        },
      }),
    ),
  );
  const births = ["1968-03-01", "1967-01-10", "1985-05-05", "1980-01-01", "1979-01-01"];
  const posts = [team.secretary, team.deputy, ...more.slice(0, 3)];
  const cadres = [];
  for (const [i, b] of births.entries()) {
    const c = await createCadreBorn(team.unit.id, `班子成员${i}`, b);
    await prisma.appointment.create({ data: { cadreId: c.id, postId: posts[i].id, startDate: d("2022-01-01") } });
    cadres.push(c);
  }
  // a sanction in effect until 2026-12-31 on the youngest member
  await prisma.sanction.create({
    data: { cadreId: cadres[2].id, kind: "GOV_DEMERIT", decidedOn: d("2025-06-01"), effectEndsOn: d("2026-12-31") },
  });
  return { ...team, cadres };
}

describe("班子分析: set-based loader and scope", () => {
  it("organization staff: the street (6 posts, 5 members, 1 vacancy; 2 of 5 leaving ≥ ceil(5/3) = 2) is in the list filtered by 集中离任, with its vacancy and sanction flags", async () => {
    const s = await streetOfSix();
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const list = await listTeamAnalyses(org, AS_OF, { unitType: "STREET", flag: "TURNOVER" });
    const row = list.rows.find((r) => r.unitId === s.unit.id)!;
    expect(row.structure).toMatchObject({ posts: 6, members: 5, vacancies: 1, leaving: 2, sanctionsInEffect: 1 });
    expect(row.flags.map((f) => `${f.kind}:${f.ruleId}`).sort()).toEqual(
      ["SANCTION:ZZ15-EXCL", "TURNOVER:DP-TEAM-TURNOVER", "VACANCY:DP-TEAM-POSTS"].sort(),
    );
    expect(list.rows.every((r) => r.unitType === "STREET" && r.flags.some((f) => f.kind === "TURNOVER"))).toBe(true);
    expect(list.sanctionsWithheld).toBe(false);
  });

  it("a unit user sees only their own unit (sanctions withheld below their clearance); another unit's id is not found", async () => {
    const mine = await streetOfSix();
    const other = await streetOfSix();
    const unitUser = actorOf(await createTestUser("UNIT", { unitId: mine.unit.id }));
    const list = await listTeamAnalyses(unitUser, AS_OF, {});
    expect(list.rows.map((r) => r.unitId)).toEqual([mine.unit.id]);
    expect(list.sanctionsWithheld).toBe(true);
    expect(list.rows[0].flags.map((f) => f.kind)).not.toContain("SANCTION");
    expect(await getTeamAnalysis(unitUser, other.unit.id, AS_OF)).toBeNull();
    expect((await getTeamAnalysis(unitUser, mine.unit.id, AS_OF))?.analysis.unitId).toBe(mine.unit.id);
  });

  it("as of 2021-12-31, before anyone took office, the same team has 6 vacancies and nobody leaving", async () => {
    const s = await streetOfSix();
    const org = actorOf(await createTestUser("ORG_STAFF"));
    const one = await getTeamAnalysis(org, s.unit.id, d("2021-12-31"));
    expect(one?.analysis.structure).toMatchObject({ members: 0, vacancies: 6, leaving: 0 });
  });
});
