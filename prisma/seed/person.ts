// One cadre's personal facts: name, birth, origin, politics, education. Career-dependent
// columns (rank, grade, current post title) are filled in by careers.ts.
import type { EstablishmentType, Gender, HealthStatus, PoliticalStatus } from "../../lib/generated/prisma/enums";
import { addDays, addYears, ageOn, birthDateForAge, dateBetween, maxDate, minDate } from "../../tests/factories/dates";
import { educationSummary, planEducation } from "../../tests/factories/education";
import { namePinyinOf, personName } from "../../tests/factories/names";
import {
  DEMOCRATIC_PARTIES,
  HOME_PLACES,
  MINORITIES,
  MINORITY_PLACES,
  OTHER_PLACES,
  type Place,
} from "../../tests/factories/place-data";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import type { Person, PostMeta, UnitMeta } from "./model";
import { expertiseFor, professionalTitleFor } from "./person-text";

export interface PersonRequest {
  index: number;
  unit: UnitMeta;
  post: PostMeta;
  age: number;
  gender: Gender;
  status: Person["status"];
  boost: number;
}

const DOMAINS = ["党务", "财政金融", "经济招商", "城市建设管理", "社会管理", "法律"];

function ethnicityOf(rng: Rng): string {
  const r = rng.next() * 1000;
  let acc = 0;
  for (const [name, weight] of MINORITIES) {
    acc += weight;
    if (r < acc) return name;
  }
  return "汉族";
}

function placeFor(rng: Rng, ethnicity: string): Place {
  const minority = MINORITY_PLACES[ethnicity];
  if (minority && rng.chance(0.8)) return rng.pick(minority);
  return rng.chance(0.78) ? rng.pick(HOME_PLACES) : rng.pick(OTHER_PLACES);
}

function politicalStatusFor(rng: Rng, post: PostMeta, age: number): PoliticalStatus {
  if (post.kind === "principal") return "CPC_MEMBER";
  if (post.kind === "deputy" && post.unit.divisionLevel)
    return rng.table([
      ["CPC_MEMBER", 96],
      ["DEMOCRATIC_PARTY", 3],
      ["NON_PARTY", 1],
    ] as const);
  if (post.kind !== "staff")
    return rng.table([
      ["CPC_MEMBER", 92],
      ["DEMOCRATIC_PARTY", 4],
      ["NON_PARTY", 1.5],
      ["MASSES", 2.5],
    ] as const);
  if (post.unit.spec.type === "SCHOOL")
    return rng.table([
      ["CPC_MEMBER", 45],
      ["MASSES", 40],
      ["DEMOCRATIC_PARTY", 12],
      ["NON_PARTY", 3],
    ] as const);
  if (age < 28)
    return rng.table([
      ["CPC_MEMBER", 45],
      ["CPC_PROBATIONARY", 8],
      ["MASSES", 44],
      ["DEMOCRATIC_PARTY", 1],
      ["NON_PARTY", 2],
    ] as const);
  return rng.table([
    ["CPC_MEMBER", 78],
    ["MASSES", 15],
    ["DEMOCRATIC_PARTY", 4],
    ["NON_PARTY", 3],
  ] as const);
}

function partyJoinDate(
  rng: Rng,
  status: PoliticalStatus,
  birth: Date,
  workStart: Date,
  inUniversity: boolean,
  asOf: Date,
): Date | null {
  if (status === "CPC_PROBATIONARY") return addDays(asOf, -rng.int(30, 330));
  if (status !== "CPC_MEMBER") return null;
  const earliest = addYears(birth, 19);
  const latest = addDays(asOf, -400); // full members joined more than a year ago
  const d =
    inUniversity && rng.chance(0.45)
      ? dateBetween(rng, addYears(birth, 20), addYears(birth, 22))
      : dateBetween(rng, addYears(workStart, 1), addYears(workStart, 8));
  return minDate(maxDate(d, earliest), latest);
}

function establishmentFor(rng: Rng, unit: UnitMeta): EstablishmentType {
  // streets keep some 参公 staff in their service centres
  if (unit.spec.establishment === "CIVIL_SERVANT" && unit.spec.type === "STREET" && rng.chance(0.1))
    return "CIVIL_SERVANT_MANAGED";
  return unit.spec.establishment;
}

export function makePerson(ctx: SeedContext, rng: Rng, req: PersonRequest): Person {
  const { unit, post, gender, age } = req;
  const birthDate = birthDateForAge(rng, age, ctx.asOf);
  const ethnicity = ethnicityOf(rng);
  const birthplace = placeFor(rng, ethnicity);
  const nativePlace = rng.chance(0.85) ? birthplace : placeFor(rng, ethnicity);
  const name = personName(rng, gender, birthDate.getUTCFullYear());
  const domains = rng.chance(0.75) ? [rng.pick(unit.domains)] : [];
  const second = rng.pick(DOMAINS);
  if (!domains.includes(second)) domains.push(second);
  const teacher = unit.spec.type === "SCHOOL";
  const edu = planEducation(rng, {
    birthDate,
    asOf: ctx.asOf,
    domain: domains[0],
    boost: req.boost,
    teacher,
    hometown: birthplace.name.slice(2),
  });
  const summary = educationSummary(edu.records);
  const politicalStatus = politicalStatusFor(rng, post, age);
  const fullTimeBachelor = edu.records.some(
    (r) => r.fullTime && (r.level === "BACHELOR" || r.level === "MASTER_STUDY" || r.level === "DOCTORATE_STUDY"),
  );
  const id = ctx.ids.next("cadre");
  for (const r of edu.records)
    ctx.rows.educationRecords.push({ id: ctx.ids.next("education"), cadreId: id, ...r, ...ctx.stamp });
  const health: HealthStatus = age > 50 && rng.chance(0.12) ? "FAIR" : rng.chance(0.02) ? "FAIR" : "HEALTHY";
  const row = {
    id,
    name,
    ...namePinyinOf(name),
    gender,
    ethnicity,
    birthDate,
    // 身份证号 columns: filled in by id-numbers.ts when an encryption key is configured
    idNumberCipher: null as string | null,
    idNumberHash: null as string | null,
    nativePlace: nativePlace.name,
    birthplace: birthplace.name,
    politicalStatus,
    partyJoinDate: partyJoinDate(rng, politicalStatus, birthDate, edu.workStartDate, fullTimeBachelor, ctx.asOf),
    democraticParty: politicalStatus === "DEMOCRATIC_PARTY" ? rng.table(DEMOCRATIC_PARTIES) : null,
    workStartDate: edu.workStartDate,
    health,
    professionalTitle: professionalTitleFor(rng, unit, age),
    expertise: expertiseFor(rng, domains),
    familiarDomains: domains,
    establishmentType: establishmentFor(rng, unit),
    status: req.status,
    unitId: unit.id,
    highestFullTimeLevel: summary.highestFullTimeLevel,
    hasEliteDegree: summary.hasEliteDegree,
    ...ctx.stamp,
  };
  ctx.rows.cadres.push(row);
  return {
    index: req.index,
    id,
    row,
    gender,
    birthDate,
    age: ageOn(birthDate, ctx.asOf),
    provinceCode: birthplace.provinceCode,
    status: req.status,
    unit,
    post,
    rank: null,
    currentStart: edu.workStartDate,
    workStartDate: edu.workStartDate,
    domains,
    merit: Math.min(1, rng.bell(0.45, 0.3, 0, 1) + req.boost * 0.35),
    fullTimeBachelor,
    planned: {},
  };
}
