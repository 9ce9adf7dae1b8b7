// fast-check arbitraries for the rules engine's facts: any combination the types allow —
// empty and long histories, dates from 1950 to 2035 (before birth, in the future), overlapping
// appointments, records without optional fields — the way imported or half-entered data looks.
import fc from "fast-check";
import * as E from "@/lib/rules/model/enums";
import type { CadreFacts, CandidateTarget, PoolEntryFact } from "@/lib/rules";

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
export const date = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
const maybeDate = fc.option(date, { nil: null });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const education = fc.record({
  level: pick(E.EDUCATION_LEVELS),
  degree: pick(E.DEGREES),
  fullTime: fc.boolean(),
  is985: opt(fc.boolean()),
  is211: opt(fc.boolean()),
  isDoubleFirstClass: opt(fc.boolean()),
  graduationDate: opt(maybeDate),
});

const appointment = fc.record({
  postId: fc.string({ minLength: 1, maxLength: 6 }),
  unitId: fc.constantFrom("u1", "u2", "u3"),
  unitType: pick(E.UNIT_TYPES),
  title: fc.constantFrom("书记", "副书记", "主任", "副主任", "科长", "科员", ""),
  isPrincipal: fc.boolean(),
  isPartyGovHead: fc.boolean(),
  rank: pick(E.RANKS),
  isKeyPost: opt(fc.boolean()),
  isPartySecretary: opt(fc.boolean()),
  isMiddleLevel: opt(fc.boolean()),
  startDate: date,
  endDate: opt(maybeDate),
  supervisorCadreId: opt(fc.option(fc.string(), { nil: null })),
});

export const cadreFacts: fc.Arbitrary<CadreFacts> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  birthDate: date,
  gender: pick(E.GENDERS),
  ethnicity: fc.constantFrom("汉族", "回族", "蒙古族", "", "未知"),
  politicalStatus: pick(E.POLITICAL_STATUSES),
  education: fc.array(education, { maxLength: 4 }),
  rank: opt(fc.option(pick(E.RANKS), { nil: null })),
  rankSince: opt(maybeDate),
  grade: opt(fc.option(pick(E.GRADES), { nil: null })),
  gradeSince: opt(maybeDate),
  establishmentType: pick(E.ESTABLISHMENT_TYPES),
  status: pick(E.CADRE_STATUSES),
  health: pick(E.HEALTH_STATUSES),
  unitType: opt(fc.option(pick(E.UNIT_TYPES), { nil: null })),
  workStartDate: opt(maybeDate),
  appointments: fc.array(appointment, { maxLength: 5 }),
  assessments: fc.array(fc.record({ year: fc.integer({ min: 1980, max: 2035 }), grade: pick(E.ASSESSMENT_GRADES) }), {
    maxLength: 8,
  }),
  sanctions: fc.array(
    fc.record({
      kind: pick(E.SANCTION_KINDS),
      decidedOn: date,
      effectEndsOn: opt(maybeDate),
      tolerated: opt(fc.boolean()),
      revokedAt: opt(maybeDate),
    }),
    { maxLength: 3 },
  ),
  familyMembers: fc.array(
    fc.record({ relation: pick(E.FAMILY_RELATIONS), deceased: opt(fc.boolean()), emigrated: opt(fc.boolean()) }),
    { maxLength: 4 },
  ),
  lowPublicRecognition: opt(fc.boolean()),
  canvassingRecorded: opt(fc.boolean()),
  otherExclusionNote: opt(fc.option(fc.string({ maxLength: 10 }), { nil: null })),
  personalMattersReports: fc.array(
    fc.record({ year: fc.integer({ min: 2000, max: 2035 }), falseOrMissing: fc.boolean() }),
    { maxLength: 3 },
  ),
  trainings: opt(
    fc.array(
      fc.record({
        kind: pick(E.TRAINING_KINDS),
        startDate: date,
        endDate: date,
        hours: fc.integer({ min: 0, max: 2000 }),
        fullTimeOffJob: fc.boolean(),
        completed: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  ),
  practices: opt(
    fc.array(
      fc.record({
        kind: pick(E.PRACTICE_KINDS),
        hostUnitType: opt(fc.option(pick(E.UNIT_TYPES), { nil: null })),
        startDate: date,
        plannedEndDate: opt(maybeDate),
        actualEndDate: opt(maybeDate),
        specialAssessedOn: opt(maybeDate),
      }),
      { maxLength: 3 },
    ),
  ),
  talks: opt(
    fc.array(
      fc.record({
        kind: pick(E.TALK_KINDS),
        talkedOn: date,
        problemRecorded: opt(fc.boolean()),
        errorTolerated: opt(fc.boolean()),
      }),
      { maxLength: 3 },
    ),
  ),
  foundByCompetitiveSelection: opt(fc.boolean()),
}) as fc.Arbitrary<CadreFacts>;

export const target: fc.Arbitrary<CandidateTarget> = fc.oneof(
  pick(E.POOL_TIERS).map((tier) => ({ kind: "POOL" as const, tier })),
  pick(E.RANKS.filter((r) => r !== "STAFF")).map((rank) => ({
    kind: "PROMOTION" as const,
    rank: rank as Exclude<E.Rank, "STAFF">,
  })),
  fc.constant({ kind: "TRANSFER_IN" as const }),
  fc.record({
    kind: fc.constant("TOWNSHIP_UP" as const),
    level: fc.constantFrom("PROVINCIAL" as const, "CITY" as const),
    route: opt(fc.constantFrom("SECRETARY" as const, "HEAD" as const)),
  }),
  fc
    .constantFrom("SECRETARY" as const, "HEAD" as const, "DEPUTY_SECRETARY" as const)
    .map((role) => ({ kind: "DUNMIAO" as const, role })),
);

export const poolEntries: fc.Arbitrary<PoolEntryFact[]> = fc.array(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    cadre: cadreFacts,
    tier: pick(E.POOL_TIERS),
    domain: opt(fc.option(fc.constantFrom("党务", "财政金融", "经济招商", "城市建设管理", "其他", ""), { nil: null })),
    enteredOn: date,
    closedOn: opt(maybeDate),
  }),
  { maxLength: 25 },
);
