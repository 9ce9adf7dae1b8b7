// analyzeTeam (issue 22): golden teams with fixed ids and dates; the arithmetic is in each name.
import { describe, expect, it } from "vitest";
import type { TeamFacts, TeamMemberFact, TeamPostFact, UnitType } from "@/lib/rules";
import { analyzeTeam, day, resolveProfile } from "@/lib/rules";
import { ALL, D20 } from "./fixtures";

const AS_OF = day(2026, 6, 30);
const ctx = { profile: D20 };

function post(id: string, over: Partial<TeamPostFact> = {}): TeamPostFact {
  return { id, title: id, rank: "DIVISION_DEPUTY", isPrincipal: false, isPartyGovHead: false, ...over };
}

function member(id: string, birthDate: Date, over: Partial<TeamMemberFact> = {}): TeamMemberFact {
  return {
    cadreId: id,
    name: id,
    birthDate,
    gender: "MALE",
    politicalStatus: "CPC_MEMBER",
    ethnicity: "汉族",
    education: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: true }],
    sanctions: [],
    ...over,
  };
}

/** A team: posts p1…pN; members m_i sit in p_i from 2022-01-01. */
function team(type: UnitType, posts: TeamPostFact[], members: TeamMemberFact[], establishment?: number): TeamFacts {
  return {
    unit: { id: "u1", name: "测试单位", type, sectionLeaderPostCount: establishment ?? 0 },
    posts,
    seats: members.map((m, i) => ({ postId: posts[i].id, cadreId: m.cadreId, startDate: day(2022, 1, 1) })),
    members,
    establishment: establishment ?? null,
  };
}

const kinds = (t: TeamFacts, profile = D20) => analyzeTeam(t, AS_OF, { profile }).flags.map((f) => f.kind);

// Six 处级 posts: 书记, 主任 and four deputies.
const streetPosts = [
  post("书记", { rank: "DIVISION_PRINCIPAL", isPrincipal: true, isPartyGovHead: true }),
  post("主任", { rank: "DIVISION_PRINCIPAL", isPrincipal: true, isPartyGovHead: true }),
  post("副书记"),
  post("副主任甲"),
  post("副主任乙"),
  post("副主任丙"),
];

describe("analyzeTeam: members leaving within 3 years (DP-TEAM-TURNOVER)", () => {
  it("street team, 6 posts, 5 members, 1 vacancy; men aged 58 (born 1968-03-01: month 38 of the 2024 scheme, 38/4 = 9, +1 = 10 → 60周岁10个月 on 2029-01-01) and 59 (born 1967-01-10: month 24, 24/4 = 6, +1 = 7 → 2027-08-10) retire before 2029-06-30: 2 of 5 ≥ ceil(5 × 1/3) = 2 → flagged", () => {
    const members = [
      member("甲", day(1968, 3, 1)),
      member("乙", day(1967, 1, 10)),
      member("丙", day(1986, 1, 1)),
      member("丁", day(1980, 1, 1)),
      member("戊", day(1975, 1, 1)),
    ];
    const a = analyzeTeam(team("STREET", streetPosts, members), AS_OF, ctx);
    expect(a.structure.members).toBe(5);
    expect(a.structure.vacancies).toBe(1);
    expect(a.structure.leaving).toBe(2);
    const rows = new Map(a.structure.memberRows.map((r) => [r.cadreId, r]));
    expect(rows.get("甲")).toMatchObject({ age: 58, leavesOn: day(2029, 1, 1), leavingReason: "RETIREMENT" });
    expect(rows.get("乙")).toMatchObject({ age: 59, leavesOn: day(2027, 8, 10) });
    const turnover = a.flags.find((f) => f.kind === "TURNOVER")!;
    expect(turnover).toMatchObject({ ruleId: "DP-TEAM-TURNOVER", severity: "soft", cadreIds: ["甲", "乙"] });
    expect(turnover.message).toContain("5名成员中2名将在3年内离任");
    const vacancy = a.flags.find((f) => f.kind === "VACANCY")!;
    expect(vacancy).toMatchObject({ ruleId: "DP-TEAM-POSTS" });
    expect(vacancy.message).toContain("副主任丙");
  });

  it("1 of 5 leaving (aged 59) < ceil(5/3) = 2 → no turnover flag; a man of 56 (born 1970-07-01: 60周岁 + 17 months on 2031-12-01) is outside the 3 years", () => {
    const members = [
      member("甲", day(1967, 1, 10)),
      member("乙", day(1970, 7, 1)),
      member("丙", day(1986, 1, 1)),
      member("丁", day(1980, 1, 1)),
      member("戊", day(1975, 1, 1)),
    ];
    const a = analyzeTeam(team("STREET", streetPosts, members), AS_OF, ctx);
    expect(a.structure.leaving).toBe(1);
    expect(kinds(team("STREET", streetPosts, members))).not.toContain("TURNOVER");
  });

  it("women retire at 55 (raised) below 处级 and at 60 at 处级: a woman of 53 (born 1973-01-01: month 36, 36/4 = 9, +1 = 10 → 55周岁10个月) leaves a 科级 team on 2028-11-01, not a 处级 one", () => {
    const woman = member("女", day(1973, 1, 1), { gender: "FEMALE" });
    const section = analyzeTeam(
      team("DISTRICT_UNIT", [post("科长", { rank: "SECTION_PRINCIPAL" })], [woman]),
      AS_OF,
      ctx,
    );
    expect(section.structure.memberRows[0].leavesOn).toEqual(day(2028, 11, 1));
    const division = analyzeTeam(
      team("DISTRICT_UNIT", [post("局长", { rank: "DIVISION_PRINCIPAL" })], [woman]),
      AS_OF,
      ctx,
    );
    expect(division.structure.memberRows[0].leavesOn).toBeNull();
  });

  it("a profile's 正职 age limit of 57 makes a principal of 55 (born 1971-03-01) leave on 2028-03-01 for the post's age limit", () => {
    const limited = resolveProfile({
      key: "limit-57",
      name: "正职57岁",
      extends: "district-2020",
      params: { dp: { team: { principalPostMaxAge: 57 } } },
    });
    const t = team(
      "STREET",
      [post("书记", { rank: "DIVISION_PRINCIPAL", isPrincipal: true })],
      [member("甲", day(1971, 3, 1))],
    );
    const row = analyzeTeam(t, AS_OF, { profile: limited }).structure.memberRows[0];
    expect(row).toMatchObject({ leavesOn: day(2028, 3, 1), leavingReason: "POST_AGE_LIMIT" });
  });
});

describe("analyzeTeam: a cadre of about 40 (D20-ST-STREET-40, D20-ST-UNIT-40)", () => {
  const old = [member("甲", day(1980, 1, 1)), member("乙", day(1975, 1, 1))]; // 46 and 51
  it("street team aged 46 and 51, none ≤ 42 → D20-ST-STREET-40, hard", () => {
    const f = analyzeTeam(team("STREET", streetPosts, old), AS_OF, ctx).flags.find((x) => x.kind === "NO_ABOUT_40");
    expect(f).toMatchObject({ ruleId: "D20-ST-STREET-40", severity: "hard" });
  });
  it("a member turning 43 on 2026-07-01 is still 42 on 2026-06-30 → no flag", () => {
    expect(kinds(team("STREET", streetPosts, [...old, member("丙", day(1983, 7, 1))]))).not.toContain("NO_ABOUT_40");
  });
  it("区直单位 without one → D20-ST-UNIT-40, soft (a ratio target across units); a school → no flag", () => {
    const f = analyzeTeam(team("DISTRICT_UNIT", streetPosts, old), AS_OF, ctx).flags.find(
      (x) => x.kind === "NO_ABOUT_40",
    );
    expect(f).toMatchObject({ ruleId: "D20-ST-UNIT-40", severity: "soft" });
    expect(kinds(team("SCHOOL", streetPosts, old))).not.toContain("NO_ABOUT_40");
  });
});

describe("analyzeTeam: sanctions, rotation and 职数", () => {
  it("a sanction in effect until 2026-12-31 flags ZZ15-EXCL; one ended 2026-06-29 or tolerated does not", () => {
    const s = (effectEndsOn: Date, tolerated = false) => ({
      kind: "GOV_DEMERIT" as const,
      decidedOn: day(2025, 1, 1),
      effectEndsOn,
      tolerated,
    });
    const t = (sanction: ReturnType<typeof s>) =>
      team("STREET", streetPosts, [member("甲", day(1985, 1, 1), { sanctions: [sanction] })]);
    const f = analyzeTeam(t(s(day(2026, 12, 31))), AS_OF, ctx).flags.find((x) => x.kind === "SANCTION");
    expect(f).toMatchObject({ ruleId: "ZZ15-EXCL", severity: "hard", cadreIds: ["甲"] });
    expect(kinds(t(s(day(2026, 6, 29))))).not.toContain("SANCTION");
    expect(kinds(t(s(day(2026, 12, 31), true)))).not.toContain("SANCTION");
  });

  it("a 科长 since 2021-01-01 completed 5 years on 2026-01-01 → ZZ15-ROT-POST due (profile with ZZ15); a man of 58 is exempt (ZZ15-ROT-EXEMPT)", () => {
    const chief = post("科长", { rank: "SECTION_PRINCIPAL", isPrincipal: true });
    const make = (birth: Date): TeamFacts => ({
      ...team("DISTRICT_UNIT", [chief], [member("甲", birth)], 1),
      seats: [{ postId: "科长", cadreId: "甲", startDate: day(2021, 1, 1) }],
    });
    // district-2020 alone does not switch the ZZ15-ROT-* rules on: a profile with them
    expect(kinds(make(day(1985, 1, 1)))).not.toContain("ROTATION_DUE");
    const a = analyzeTeam(make(day(1985, 1, 1)), AS_OF, { profile: ALL });
    const f = a.flags.find((x) => x.kind === "ROTATION_DUE");
    expect(f).toMatchObject({ ruleId: "ZZ15-ROT-POST", cadreIds: ["甲"] });
    expect(a.structure.memberRows[0]).toMatchObject({ rotationDue: true, yearsInPost: 5 });
    expect(kinds(make(day(1968, 1, 1)), ALL)).not.toContain("ROTATION_DUE");
  });

  it("职数 3 with 4 posts filled → over by 1; 职数 5 with 4 filled → 1 vacancy (科级 team)", () => {
    const posts = ["科长", "副科长甲", "副科长乙", "副科长丙"].map((id) => post(id, { rank: "SECTION_DEPUTY" }));
    const people = [1980, 1982, 1984, 1986].map((y) => member(`m${y}`, day(y, 1, 1)));
    const over = analyzeTeam(team("DISTRICT_UNIT", posts, people, 3), AS_OF, ctx);
    expect(over.structure).toMatchObject({ establishment: 3, overEstablishment: 1, vacancies: 0 });
    expect(over.flags.find((f) => f.kind === "OVER_ESTABLISHMENT")?.message).toContain("超职数配备1名");
    const under = analyzeTeam(team("DISTRICT_UNIT", posts, people, 5), AS_OF, ctx);
    expect(under.structure).toMatchObject({ establishment: 5, overEstablishment: 0, vacancies: 1 });
  });

  it("figures: 3 members — one woman, one non-CPC, one minority; education 硕士/全日制本科/在职本科; one person in two posts counts once; average age (36 + 42 + 56) / 3 = 44.7", () => {
    const members = [
      member("甲", day(1990, 1, 1), {
        gender: "FEMALE",
        education: [{ level: "MASTER_STUDY", degree: "MASTER", fullTime: true }],
      }),
      member("乙", day(1984, 1, 1), { politicalStatus: "DEMOCRATIC_PARTY", ethnicity: "回族" }),
      member("丙", day(1970, 1, 1), { education: [{ level: "BACHELOR", degree: "BACHELOR", fullTime: false }] }),
    ];
    const t = team("STREET", streetPosts, members);
    t.seats.push({ postId: "副主任甲", cadreId: "甲", startDate: day(2024, 1, 1) });
    const s = analyzeTeam(t, AS_OF, ctx).structure;
    expect(s).toMatchObject({
      members: 3,
      vacancies: 2,
      women: 1,
      nonCpc: 1,
      minority: 1,
      postgraduate: 1,
      bachelor: 2,
      belowBachelor: 0,
      fullTimeBachelorPlus: 2,
      about40: 2,
      about35: 1,
      averageAge: 44.7,
    });
    expect(s.memberRows.find((r) => r.cadreId === "甲")?.postTitles).toEqual(["书记", "副主任甲"]);
    expect(s.bands.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 1]);
  });
});
