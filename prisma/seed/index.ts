// The deterministic demo district 青禾区: seedDemo(prisma, { cadres, seed, asOf }) builds every
// row in memory from a seeded PRNG and a fixed reference day, then bulk-inserts them. Same
// options → identical data, ids and timestamps included; only idNumberCipher differs between
// runs (AES-GCM uses a fresh random IV by design; idNumberHash is stable for a given key).
// It expects an empty database. staffing-plan.ts says which district-2020 targets come out
// met and unmet; pool-plant.ts, nominations.ts and practices.ts list the deliberate cases.
import { calendarWith, overrideOfRow } from "../../lib/calendar/merge-calendar";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEFAULT_AS_OF } from "../../tests/factories/dates";
import { buildAssessments } from "./assessments";
import { buildCareers } from "./careers";
import { createContext, SEED_PROFILE_KEY, type SeedContext } from "./context";
import { buildDevelopmentPlans } from "./development-plans";
import { buildFamilies } from "./family";
import { fillIdNumbers } from "./id-numbers";
import { assertSameDatabase, insertAll } from "./insert";
import { buildMentorships } from "./mentorships";
import { buildNominations } from "./nominations";
import { buildPeople } from "./people";
import { buildPersonalMatters } from "./personal-matters";
import { emitPoolEntries, selectPool } from "./pool";
import { buildClosedEntries, buildReviews } from "./pool-history";
import { plantPoolProblems, type PlantedCase } from "./pool-plant";
import { buildPractices } from "./practices";
import { buildSanctions } from "./sanctions";
import { planStaffing } from "./staffing-plan";
import { assignSupervisors } from "./supervisors";
import { buildTalks } from "./talks";
import { buildTrainings } from "./trainings";
import { buildUnits } from "./units";

export interface SeedOptions {
  /** number of cadres; default 3000 */
  cadres?: number;
  /** PRNG seed; default 20201 */
  seed?: number;
  /** the reference "today" all dates are computed from; default 2026-11-22 */
  asOf?: Date;
  /** the database `prisma` is connected to, for the COPY connection; default DATABASE_URL */
  url?: string;
  log?: (msg: string) => void;
}

export interface SeedSummary {
  seed: number;
  cadres: number;
  asOf: string;
  /** rows inserted per Prisma model */
  counts: Record<string, number>;
  /** deliberate rule cases among pool members (rule id, cadre, what) */
  planted: PlantedCase[];
  buildMs: number;
  insertMs: number;
}

export const DEFAULT_SEED = 20201;
export const DEFAULT_CADRES = 3000;

export async function seedDemo(prisma: PrismaClient, opts: SeedOptions = {}): Promise<SeedSummary> {
  const cadres = Math.max(1, Math.floor(opts.cadres ?? DEFAULT_CADRES));
  const seed = opts.seed ?? DEFAULT_SEED;
  const asOf = opts.asOf ?? DEFAULT_AS_OF;
  const log = opts.log ?? (() => {});
  const existing = await prisma.unit.count();
  if (existing > 0) throw new Error(`数据库已有 ${existing} 个单位，演示数据只能写入空库 (the database is not empty)`);
  const url = opts.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error("seedDemo: no database URL (pass url or set DATABASE_URL)");
  await assertSameDatabase(prisma, url);

  // 公示 ends are computed on the calendar the app will count with, corrections included
  const overrides = await prisma.workingDayOverride.findMany({ orderBy: { date: "asc" } });
  const t0 = Date.now();
  const ctx = createContext({ cadres, seed, asOf, log, calendar: calendarWith(overrides.map(overrideOfRow)) });
  const planted = buildDistrict(ctx);
  const buildMs = Date.now() - t0;
  log(`内存构建完成 / built in memory: ${buildMs} ms`);

  // the active profile may already exist (settings are not demo data): keep it, insert ours otherwise
  const profiles = await prisma.policyProfile.count({ where: { key: SEED_PROFILE_KEY, profileVersion: 1 } });
  if (profiles > 0) ctx.rows.policyProfiles = [];

  const t1 = Date.now();
  const counts = await insertAll(url, ctx.rows, log);
  return { seed, cadres, asOf: asOf.toISOString().slice(0, 10), counts, planted, buildMs, insertMs: Date.now() - t1 };
}

/** Builds every row into ctx.rows. Order matters: later steps read what earlier ones decided. */
export function buildDistrict(ctx: SeedContext): PlantedCase[] {
  const units = buildUnits(ctx);
  const orgDept = units.find((u) => u.spec.code === "QH-DZ-02")!;
  const people = buildPeople(ctx, units, planStaffing(units));
  const all = people.all;
  assignSupervisors(units, buildCareers(ctx, units, people));
  fillIdNumbers(ctx, all);
  // decisions first (who is in the pool, nominated, in trouble), then the records that show them
  const members = selectPool(ctx, all);
  const planted = plantPoolProblems(ctx, members);
  emitPoolEntries(ctx, members);
  const nominated = buildNominations(ctx, all, orgDept);
  const closed = buildClosedEntries(ctx, all);
  const open = members.map((m) => ({ entryId: m.entryId, enteredOn: m.enteredOn, closedOn: null }));
  buildReviews(ctx, [...open, ...nominated.map((n) => ({ ...n, closedOn: null })), ...closed]);
  const assessments = buildAssessments(ctx, all);
  buildSanctions(ctx, all, assessments);
  buildFamilies(ctx, all);
  buildPersonalMatters(ctx, all);
  buildTrainings(ctx, members, all);
  buildPractices(ctx, members, units);
  buildMentorships(ctx, all);
  buildDevelopmentPlans(ctx, members);
  buildTalks(ctx, all, orgDept);
  ctx.rows.policyProfiles.push({
    id: ctx.ids.next("policyProfile"),
    key: SEED_PROFILE_KEY,
    name: "区委2020年实施意见",
    parameters: {},
    profileVersion: 1,
    isActive: true,
    ...ctx.stamp,
  });
  return planted;
}
