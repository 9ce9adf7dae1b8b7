// 家庭成员及主要社会关系: spouse, children and parents for every leader and for many others.
// A few 裸官 (spouse emigrated, or no spouse and every child emigrated) and one look-alike
// that is NOT 裸官 (spouse at home, one of two children abroad). A few married couples are
// both cadres, linked by relativeCadreId (for recusal).
import type { FamilyRelation, Gender, PoliticalStatus, Prisma } from "../../lib/generated/prisma/client";
import { addYears, ageOn } from "../../tests/factories/dates";
import { personName } from "../../tests/factories/names";
import { EMIGRATION_COUNTRIES } from "../../tests/factories/place-data";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import { scaled } from "./context";
import type { Person } from "./model";

type Row = Prisma.FamilyMemberCreateManyInput;

const SPOUSE_JOBS = [
  "青禾区人民医院医生",
  "青禾区实验小学教师",
  "银行职员",
  "企业职员",
  "个体经营",
  "区税务局干部",
  "自由职业",
  "保险公司职员",
];

function member(
  ctx: SeedContext,
  p: Person,
  relation: FamilyRelation,
  name: string,
  age: number,
  extra: Partial<Row>,
  order: number,
): Row {
  return {
    id: ctx.ids.next("familyMember"),
    cadreId: p.id,
    relation,
    name,
    birthDate: birthDateForAgeStable(p, age, ctx.asOf, order),
    politicalStatus: null,
    workplaceAndPost: null,
    sortOrder: order,
    ...extra,
    ...ctx.stamp,
  };
}

/** Birth dates of relatives derive from the cadre's, so they need no extra random draws. */
function birthDateForAgeStable(p: Person, age: number, asOf: Date, salt: number): Date {
  const base = addYears(asOf, -age);
  return new Date(base.getTime() - ((p.index * 37 + salt * 101) % 360) * 86_400_000);
}

export function buildFamilies(ctx: SeedContext, people: Person[]): void {
  const rng = ctx.root.fork("family");
  const couples = pairCouples(ctx, rng, people);
  const naked = choosePlannedNaked(ctx, rng, people);
  const lookAlikes = people.filter((p) => p.status === "SERVING" && p.age >= 50 && !p.planned.naked && !couples.has(p));
  const lookAlike = lookAlikes.length ? rng.pick(lookAlikes) : undefined;
  for (const p of people) {
    const covered =
      p.post.kind !== "staff" || p.inPool || p.nominated || p.planned.naked || couples.has(p) || rng.chance(0.45);
    if (!covered) continue;
    let order = 0;
    const other = couples.get(p);
    const married =
      other != null ||
      p.planned.naked === "SPOUSE" ||
      (p.planned.naked !== "CHILDREN" && rng.chance(p.age < 30 ? 0.45 : p.age < 35 ? 0.8 : 0.92));
    const spouseGender: Gender = p.gender === "MALE" ? "FEMALE" : "MALE";
    if (married) {
      const spouseAge = other ? other.age : Math.max(23, p.age + rng.int(-4, 3));
      const emigrated = p.planned.naked === "SPOUSE";
      ctx.rows.familyMembers.push(
        member(
          ctx,
          p,
          "SPOUSE",
          other ? other.row.name : personName(rng, spouseGender, ctx.asOf.getUTCFullYear() - spouseAge),
          spouseAge,
          {
            politicalStatus: other
              ? (other.row.politicalStatus as PoliticalStatus)
              : rng.chance(0.5)
                ? "CPC_MEMBER"
                : "MASSES",
            workplaceAndPost: other ? (other.row.currentPostTitle ?? null) : emigrated ? "无" : rng.pick(SPOUSE_JOBS),
            relativeCadreId: other?.id ?? null,
            emigrated,
            emigratedTo: emigrated ? rng.pick(EMIGRATION_COUNTRIES) : null,
          },
          ++order,
        ),
      );
    }
    const surname = p.gender === "MALE" ? p.row.name.slice(0, 1) : undefined;
    const children =
      p.planned.naked === "CHILDREN" || p === lookAlike
        ? 2
        : married && p.age >= 28
          ? rng.table([
              [0, 1],
              [1, 6],
              [2, 3],
            ] as const)
          : 0;
    for (let c = 0; c < children; c++) {
      const abroad = p.planned.naked === "CHILDREN" || (p === lookAlike && c === 0);
      const age = Math.max(abroad ? 22 : 0, p.age - rng.int(25, 33) - c * 3);
      const gender: Gender = rng.chance(0.5) ? "MALE" : "FEMALE";
      const job =
        age < 7
          ? "学龄前"
          : age < 18
            ? "在读学生"
            : age < 23
              ? "大学在读"
              : abroad
                ? "在国外工作"
                : rng.pick(["企业职员", "在外地工作", "事业单位工作人员"]);
      ctx.rows.familyMembers.push(
        member(
          ctx,
          p,
          gender === "MALE" ? "SON" : "DAUGHTER",
          personName(rng, gender, ctx.asOf.getUTCFullYear() - age, surname),
          age,
          {
            politicalStatus: age >= 18 ? (rng.chance(0.2) ? "CPC_MEMBER" : "MASSES") : null,
            workplaceAndPost: job,
            emigrated: abroad,
            emigratedTo: abroad ? rng.pick(EMIGRATION_COUNTRIES) : null,
          },
          ++order,
        ),
      );
    }
    for (const [relation, gender] of [
      ["FATHER", "MALE"],
      ["MOTHER", "FEMALE"],
    ] as const) {
      const age = p.age + rng.int(24, 32);
      const deceased = age > 85 || (age > 72 && rng.chance(0.3));
      ctx.rows.familyMembers.push(
        member(
          ctx,
          p,
          relation,
          personName(
            rng,
            gender,
            ctx.asOf.getUTCFullYear() - age,
            relation === "FATHER" ? p.row.name.slice(0, 1) : undefined,
          ),
          age,
          {
            politicalStatus: rng.chance(0.35) ? "CPC_MEMBER" : "MASSES",
            workplaceAndPost: deceased ? null : rng.chance(0.6) ? "退休" : "务农",
            deceased,
          },
          ++order,
        ),
      );
    }
  }
  ctx.log(
    `家庭成员: ${people.filter((p) => p.planned.naked).length} 名裸官情形（其中 ${naked.length} 名不在库）, ${couples.size / 2} 对双干部家庭`,
  );
}

/** Besides the planted pool case, a few more 裸官 among older cadres. */
function choosePlannedNaked(ctx: SeedContext, rng: Rng, people: Person[]): Person[] {
  const older = people.filter(
    (p) => p.status === "SERVING" && p.age >= 45 && !p.inPool && !p.nominated && Object.keys(p.planned).length === 0,
  );
  const chosen = rng.sample(older, scaled(ctx, 3, 2));
  chosen.forEach((p, i) => (p.planned.naked = i % 3 === 1 ? "CHILDREN" : "SPOUSE"));
  return chosen;
}

function pairCouples(ctx: SeedContext, rng: Rng, people: Person[]): Map<Person, Person> {
  const pairs = new Map<Person, Person>();
  const free = (p: Person) => p.status === "SERVING" && p.age >= 30 && !p.planned.naked;
  const women = rng.shuffle(people.filter((p) => p.gender === "FEMALE" && free(p)));
  const men = people.filter((p) => p.gender === "MALE" && free(p));
  for (const w of women.slice(0, scaled(ctx, 12, 2))) {
    const m = men.find(
      (x) => !pairs.has(x) && Math.abs(ageOn(x.birthDate, ctx.asOf) - w.age) <= 3 && x.unit !== w.unit,
    );
    if (!m) continue;
    pairs.set(w, m);
    pairs.set(m, w);
  }
  return pairs;
}
