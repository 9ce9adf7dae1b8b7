import { beforeAll, describe, expect, it } from "vitest";
import { listRoster } from "@/lib/server/cadres/roster";
import { prisma } from "@/lib/server/db";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createTestUser } from "../../support/users";
import { cadreMaker, makeUnit, newTag, queryFor } from "./roster-world";

let org: Actor;
const tag = newTag();
let street: { id: string };
let school: { id: string };

async function names(params: Record<string, string> = {}): Promise<string[]> {
  const page = await listRoster(org, queryFor(tag, { sort: "name", size: "100", ...params }));
  return page.rows.map((r) => r.name).sort();
}

beforeAll(async () => {
  org = actorOf(await createTestUser("ORG_STAFF"));
  street = await makeUnit("STREET");
  school = await makeUnit("SCHOOL");
  const inStreet = cadreMaker(tag, street.id);
  const inSchool = cadreMaker(tag, school.id);
  // ages on 2026-06-30: 张三 40 (born 1986-06-30), 张顺 39 (born 1986-07-01)
  await inStreet({
    name: "张三",
    birthDate: new Date("1986-06-30"),
    rank: "SECTION_PRINCIPAL",
    grade: "PRINCIPAL_CLERK_2",
    highestFullTimeLevel: "BACHELOR",
    hasEliteDegree: true,
    familiarDomains: ["党务"],
  });
  await inStreet({
    name: "张顺",
    birthDate: new Date("1986-07-01"),
    rank: "SECTION_DEPUTY",
    highestFullTimeLevel: "MASTER_STUDY",
  });
  await inStreet({
    name: "李四",
    gender: "FEMALE",
    ethnicity: "回族",
    birthDate: new Date("1994-03-01"),
    politicalStatus: "DEMOCRATIC_PARTY",
    rank: "STAFF",
    highestFullTimeLevel: "JUNIOR_COLLEGE",
  });
  await inSchool({
    name: "王芳",
    gender: "FEMALE",
    ethnicity: "苗族",
    birthDate: new Date("1992-09-09"),
    politicalStatus: "NON_PARTY",
    rank: "SECTION_DEPUTY",
    grade: "CLERK_1",
  });
  await inSchool({ name: "赵六", birthDate: new Date("1970-01-01"), status: "RETIRED", rank: "DIVISION_DEPUTY" });
  const pooled = await inSchool({
    name: "欧阳娜娜",
    gender: "FEMALE",
    birthDate: new Date("1993-05-05"),
    rank: "SECTION_DEPUTY",
    highestFullTimeLevel: "DOCTORATE_STUDY",
    hasEliteDegree: true,
  });
  const formerlyPooled = await inStreet({ name: "孙七", birthDate: new Date("1991-01-01") });
  await prisma.poolEntry.create({
    data: { cadreId: pooled.id, tier: "SECTION", source: "UNIT_RECOMMENDATION", enteredOn: new Date("2025-01-01") },
  });
  await prisma.poolEntry.create({
    data: {
      cadreId: formerlyPooled.id,
      tier: "SECTION",
      source: "UNIT_RECOMMENDATION",
      enteredOn: new Date("2024-01-01"),
      closedOn: new Date("2025-01-01"),
      exitReason: "LEFT",
    },
  });
});

describe("roster filters against PostgreSQL (asOf 2026-06-30, serving cadres unless said)", () => {
  it("by default lists the 6 serving cadres and leaves out the retired 赵六", async () => {
    expect(await names()).toEqual(["孙七", "张三", "张顺", "李四", "欧阳娜娜", "王芳"].sort());
  });

  it("name: pinyin initials zs → 张三 and 张顺; full pinyin zhangs → both; oynn → 欧阳娜娜; 张 by characters", async () => {
    expect(await names({ q: "zs" })).toEqual(["张三", "张顺"].sort());
    expect(await names({ q: "ZS" })).toEqual(["张三", "张顺"].sort());
    expect(await names({ q: "zhangshun" })).toEqual(["张顺"]);
    expect(await names({ q: "oynn" })).toEqual(["欧阳娜娜"]);
    expect(await names({ q: "张" })).toEqual(["张三", "张顺"].sort());
    expect(await names({ q: "娜" })).toEqual(["欧阳娜娜"]);
  });

  it("unit and unit type", async () => {
    expect(await names({ unitId: school.id })).toEqual(["欧阳娜娜", "王芳"].sort());
    expect(await names({ unitType: "STREET" })).toEqual(["孙七", "张三", "张顺", "李四"].sort());
    expect(await names({ unitType: "STREET,SCHOOL" })).toHaveLength(6);
  });

  it("rank (several) and grade", async () => {
    expect(await names({ rank: "SECTION_DEPUTY" })).toEqual(["张顺", "欧阳娜娜", "王芳"].sort());
    expect(await names({ rank: "SECTION_PRINCIPAL,STAFF" })).toEqual(["张三", "李四"].sort());
    expect(await names({ grade: "CLERK_1" })).toEqual(["王芳"]);
  });

  it("age range in 周岁 on the reference date: born 1986-06-30 is 40 and 1986-07-01 is 39 on 2026-06-30", async () => {
    expect(await names({ ageMin: "40" })).toEqual(["张三"]);
    expect(await names({ ageMin: "39", ageMax: "39" })).toEqual(["张顺"]);
    expect(await names({ ageMax: "35" })).toEqual(["孙七", "李四", "欧阳娜娜", "王芳"].sort());
    // one day later 张顺 turns 40 as well
    expect(await names({ ageMin: "40", asOf: "2026-07-01" })).toEqual(["张三", "张顺"].sort());
    const page = await listRoster(org, queryFor(tag, { q: "zhangsan" }));
    expect(page.rows[0].age).toBe(40);
  });

  it("gender, ethnicity (汉族, 少数民族, one group) and political status", async () => {
    expect(await names({ gender: "FEMALE" })).toEqual(["李四", "欧阳娜娜", "王芳"].sort());
    expect(await names({ ethnicity: "少数民族" })).toEqual(["李四", "王芳"].sort());
    expect(await names({ ethnicity: "苗族" })).toEqual(["王芳"]);
    expect(await names({ ethnicity: "汉族" })).toHaveLength(4);
    expect(await names({ political: "DEMOCRATIC_PARTY,NON_PARTY" })).toEqual(["李四", "王芳"].sort());
  });

  it("highest full-time education at least 本科 (博士, 硕士, 本科; not 专科 or unknown) and 985/211", async () => {
    expect(await names({ eduMin: "BACHELOR" })).toEqual(["张三", "张顺", "欧阳娜娜"].sort());
    expect(await names({ eduMin: "MASTER_STUDY" })).toEqual(["张顺", "欧阳娜娜"].sort());
    expect(await names({ elite: "1" })).toEqual(["张三", "欧阳娜娜"].sort());
  });

  it("familiar domain: 党务 within the world's street → 张三 (the unit id keeps other files' cadres out)", async () => {
    const page = await listRoster(org, { ...queryFor(tag), domain: "党务", unitId: street.id });
    expect(page.rows.map((r) => r.name)).toEqual(["张三"]);
    expect(page.total).toBe(1);
  });

  it("pool: an open entry counts, a closed one does not; by tier", async () => {
    expect(await names({ pool: "IN" })).toEqual(["欧阳娜娜"]);
    expect(await names({ pool: "SECTION" })).toEqual(["欧阳娜娜"]);
    expect(await names({ pool: "DIVISION_DEPUTY" })).toEqual([]);
    expect(await names({ pool: "OUT" })).toEqual(["孙七", "张三", "张顺", "李四", "王芳"].sort());
  });

  it("status: retired only, or all", async () => {
    expect(await names({ status: "RETIRED" })).toEqual(["赵六"]);
    expect(await names({ status: "ALL" })).toHaveLength(7);
  });

  it("combined: women of a minority aged 35 or less in a street → 李四 only", async () => {
    expect(await names({ gender: "FEMALE", ethnicity: "少数民族", ageMax: "35", unitType: "STREET" })).toEqual([
      "李四",
    ]);
    expect(await names({ gender: "FEMALE", rank: "SECTION_DEPUTY", eduMin: "BACHELOR", pool: "IN" })).toEqual([
      "欧阳娜娜",
    ]);
  });
});
