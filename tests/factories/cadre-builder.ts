// buildCadre(): the scalar fields of a plausible cadre, for tests. The result fits both
// prisma.cadre.create({ data }) and createMany; pass `unit: { connect: { id } }` (create) or
// unitId (createMany) yourself. Deterministic: the n-th call in a process gives the n-th
// cadre, unless `seed` is given.
import type { Prisma } from "../../lib/generated/prisma/client";
import { addDays, addYears, birthDateForAge, DEFAULT_AS_OF } from "./dates";
import { namePinyinOf, personName } from "./names";
import { HOME_PLACES } from "./place-data";
import { Rng } from "./random";

let calls = 0;

export interface BuildCadreOptions {
  seed?: number;
  asOf?: Date;
}

export function buildCadre(
  overrides: Partial<Prisma.CadreCreateInput> = {},
  opts: BuildCadreOptions = {},
): Prisma.CadreCreateInput {
  const rng = new Rng(opts.seed ?? 0x5eed + calls++);
  const asOf = opts.asOf ?? DEFAULT_AS_OF;
  const gender = overrides.gender ?? (rng.chance(0.35) ? "FEMALE" : "MALE");
  const birthDate = overrides.birthDate ? new Date(overrides.birthDate) : birthDateForAge(rng, rng.int(28, 45), asOf);
  const name = overrides.name ?? personName(rng, gender, birthDate.getUTCFullYear());
  const place = rng.pick(HOME_PLACES).name;
  const workStartDate = addDays(addYears(birthDate, 22), rng.int(40, 100));
  return {
    name,
    ...namePinyinOf(name),
    gender,
    ethnicity: "汉族",
    birthDate,
    nativePlace: place,
    birthplace: place,
    politicalStatus: "CPC_MEMBER",
    partyJoinDate: addYears(workStartDate, 2),
    workStartDate,
    health: "HEALTHY",
    familiarDomains: [rng.pick(["党务", "财政金融", "经济招商", "城市建设管理", "社会管理", "法律"])],
    rank: "STAFF",
    rankSince: addYears(workStartDate, 1),
    grade: "CLERK_1",
    gradeSince: addYears(workStartDate, 1),
    establishmentType: "CIVIL_SERVANT",
    status: "SERVING",
    highestFullTimeLevel: "BACHELOR",
    hasEliteDegree: false,
    ...overrides,
  };
}
