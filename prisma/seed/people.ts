// How many cadres of which kind, and where: post holders first (from the staffing plan),
// then ordinary staff spread over units by size, then those who have left (retired or
// transferred out), who stay on file as personnel records are never deleted.
import type { Gender } from "../../lib/generated/prisma/enums";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import type { Person, PostMeta, UnitMeta } from "./model";
import { makePerson } from "./person";
import type { HolderSpec } from "./staffing-plan";

export interface People {
  all: Person[];
  holders: Map<Person, HolderSpec>;
}

/** Staff ages 23–59, most between 30 and 50. */
const STAFF_AGE_BANDS: readonly (readonly [[number, number], number])[] = [
  [[23, 29], 17],
  [[30, 34], 17],
  [[35, 39], 17],
  [[40, 44], 16],
  [[45, 49], 15],
  [[50, 54], 11],
  [[55, 59], 7],
];

function genderFor(rng: Rng, femaleShare: number): Gender {
  return rng.chance(femaleShare) ? "FEMALE" : "MALE";
}

/** Women at 科级 and below retire at 55, so serving ones are at most 54. */
function fitGender(gender: Gender, age: number, post: PostMeta): Gender {
  const divisionPost = post.unit.divisionLevel && (post.kind === "principal" || post.kind === "deputy");
  return gender === "FEMALE" && age > 54 && !divisionPost ? "MALE" : gender;
}

/** Largest-remainder split of `total` by weights. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]++;
  }
  return out;
}

export function buildPeople(ctx: SeedContext, units: UnitMeta[], specs: HolderSpec[]): People {
  const rng = ctx.root.fork("people");
  const all: Person[] = [];
  const holders = new Map<Person, HolderSpec>();
  const leaving = Math.round(ctx.cadres * 0.08);
  const serving = ctx.cadres - leaving;

  // when there are fewer cadres than posts (tiny test seeds), the least senior posts stay vacant
  const open = specs.filter((s) => !s.vacant).map((s, i) => ({ s, i }));
  open.sort((a, b) => a.s.priority - b.s.priority || a.i - b.i);
  const chosen = open.slice(0, Math.min(open.length, serving));
  chosen.sort((a, b) => a.i - b.i);
  const filled = chosen.map((x) => x.s);
  for (const spec of filled) {
    const spread = Math.max(1, (spec.age[1] - spec.age[0]) / 2.5);
    const age = Math.round(rng.bell(spec.mean, spread, spec.age[0], spec.age[1]));
    const gender = fitGender(genderFor(rng, spec.female), age, spec.post);
    const p = makePerson(ctx, rng, {
      index: all.length,
      unit: spec.post.unit,
      post: spec.post,
      age,
      gender,
      status: "SERVING",
      boost: spec.boost,
    });
    spec.post.holder = p;
    holders.set(p, spec);
    all.push(p);
  }

  // teachers and SOE employees are not 组织部 cadres: schools and SOEs have only their leaders
  const staffWeight = (u: UnitMeta) => (u.spec.type === "SCHOOL" || u.spec.type === "SOE" ? 0 : u.spec.weight);
  const staffCounts = apportion(serving - filled.length, units.map(staffWeight));
  units.forEach((unit, u) => {
    for (let k = 0; k < staffCounts[u]; k++) {
      const band = rng.table(STAFF_AGE_BANDS);
      const age = rng.int(band[0], band[1]);
      const gender = fitGender(genderFor(rng, 0.4), age, unit.staffPost);
      all.push(
        makePerson(ctx, rng, {
          index: all.length,
          unit,
          post: unit.staffPost,
          age,
          gender,
          status: "SERVING",
          boost: age < 35 ? 0.15 : 0,
        }),
      );
    }
  });

  const staffed = units.filter((u) => staffWeight(u) > 0);
  for (let k = 0; k < leaving; k++) {
    const retired = k % 9 < 5; // about 4.5% retired, 3.5% transferred out
    const unit = rng.pick(staffed);
    const gender = genderFor(rng, 0.33);
    const age = retired
      ? gender === "FEMALE" && rng.chance(0.7)
        ? rng.int(55, 59)
        : rng.int(60, 64)
      : rng.int(28, 55);
    all.push(
      makePerson(ctx, rng, {
        index: all.length,
        unit,
        post: unit.staffPost,
        age,
        gender,
        status: retired ? "RETIRED" : "TRANSFERRED",
        boost: 0,
      }),
    );
  }
  ctx.log(`人员: ${filled.length} 名领导职位任职者, ${serving - filled.length} 名一般干部, ${leaving} 名退休/调出`);
  return { all, holders };
}
