// Shared state of one seed run. Every module appends plain rows to `rows`; index.ts inserts
// them at the end with createMany, so building 100,000 cadres costs no database round trips
// until the bulk insert.
import { calendarWith } from "../../lib/calendar/merge-calendar";
import type { Prisma } from "../../lib/generated/prisma/client";
import { resolveProfile, type ResolvedProfile, type WorkingDayCalendar } from "../../lib/rules";
import { IdRegistry } from "../../tests/factories/ids";
import { Rng } from "../../tests/factories/random";
import { at } from "../../tests/factories/dates";

export interface SeedRows {
  units: Prisma.UnitCreateManyInput[];
  posts: Prisma.PostCreateManyInput[];
  cadres: Prisma.CadreCreateManyInput[];
  educationRecords: Prisma.EducationRecordCreateManyInput[];
  appointments: Prisma.AppointmentCreateManyInput[];
  assessments: Prisma.AssessmentCreateManyInput[];
  sanctions: Prisma.SanctionCreateManyInput[];
  personalMattersReports: Prisma.PersonalMattersReportCreateManyInput[];
  familyMembers: Prisma.FamilyMemberCreateManyInput[];
  nominations: Prisma.NominationCreateManyInput[];
  nominationEvents: Prisma.NominationEventCreateManyInput[];
  poolEntries: Prisma.PoolEntryCreateManyInput[];
  poolReviews: Prisma.PoolReviewCreateManyInput[];
  trainings: Prisma.TrainingCreateManyInput[];
  trainingAttendances: Prisma.TrainingAttendanceCreateManyInput[];
  practices: Prisma.PracticeCreateManyInput[];
  mentorships: Prisma.MentorshipCreateManyInput[];
  developmentPlans: Prisma.DevelopmentPlanCreateManyInput[];
  developmentPlanGoals: Prisma.DevelopmentPlanGoalCreateManyInput[];
  talks: Prisma.TalkCreateManyInput[];
  policyProfiles: Prisma.PolicyProfileCreateManyInput[];
}

/** The profile the seed makes active: its tiers are the ones the pool is filled in. */
export const SEED_PROFILE_KEY = "district-2020";

export interface SeedContext {
  asOf: Date;
  /** the policy profile in force once seeded (SEED_PROFILE_KEY) */
  profile: ResolvedProfile;
  /** the working-day calendar the app counts 公示 with (official days and the stored corrections) */
  calendar: WorkingDayCalendar;
  seed: number;
  /** requested number of cadres */
  cadres: number;
  /** cadres / 3000: how much the per-person parts (pool, nominations…) scale */
  scale: number;
  ids: IdRegistry;
  root: Rng;
  /** createdAt/updatedAt of seeded rows: the morning of asOf, so re-seeding is byte-identical */
  stamp: { createdAt: Date; updatedAt: Date };
  rows: SeedRows;
  log: (msg: string) => void;
}

export function createContext(opts: {
  cadres: number;
  seed: number;
  asOf: Date;
  log: (m: string) => void;
  /** defaults to the shipped official calendar with no local corrections */
  calendar?: WorkingDayCalendar;
}): SeedContext {
  const seededAt = at(opts.asOf, 9);
  return {
    asOf: opts.asOf,
    profile: resolveProfile(SEED_PROFILE_KEY),
    calendar: opts.calendar ?? calendarWith([]),
    seed: opts.seed,
    cadres: opts.cadres,
    scale: opts.cadres / 3000,
    ids: new IdRegistry(opts.seed),
    root: new Rng(opts.seed),
    stamp: { createdAt: seededAt, updatedAt: seededAt },
    rows: {
      units: [],
      posts: [],
      cadres: [],
      educationRecords: [],
      appointments: [],
      assessments: [],
      sanctions: [],
      personalMattersReports: [],
      familyMembers: [],
      nominations: [],
      nominationEvents: [],
      poolEntries: [],
      poolReviews: [],
      trainings: [],
      trainingAttendances: [],
      practices: [],
      mentorships: [],
      developmentPlans: [],
      developmentPlanGoals: [],
      talks: [],
      policyProfiles: [],
    },
    log: opts.log,
  };
}

/** Scales a per-3000-cadres count, never below `min`. */
export function scaled(ctx: SeedContext, count: number, min = 1): number {
  return Math.max(min, Math.round(count * ctx.scale));
}
