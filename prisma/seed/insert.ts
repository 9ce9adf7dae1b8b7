// Inserts the built rows table by table in foreign-key order, in batches of 5,000 rows (see
// bulk-insert.ts for why not createMany), a few batches at a time.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { bulkInsert, loadColumns } from "./bulk-insert";
import type { SeedRows } from "./context";

/** [rows key, table = Prisma model name]; referenced tables come first. */
const ORDER: readonly (readonly [keyof SeedRows, string])[] = [
  ["units", "Unit"],
  ["posts", "Post"],
  ["cadres", "Cadre"],
  ["educationRecords", "EducationRecord"],
  ["appointments", "Appointment"],
  ["assessments", "Assessment"],
  ["sanctions", "Sanction"],
  ["personalMattersReports", "PersonalMattersReport"],
  ["familyMembers", "FamilyMember"],
  ["nominations", "Nomination"],
  ["nominationEvents", "NominationEvent"],
  ["poolEntries", "PoolEntry"],
  ["poolReviews", "PoolReview"],
  ["trainings", "Training"],
  ["trainingAttendances", "TrainingAttendance"],
  ["practices", "Practice"],
  ["mentorships", "Mentorship"],
  ["developmentPlans", "DevelopmentPlan"],
  ["developmentPlanGoals", "DevelopmentPlanGoal"],
  ["talks", "Talk"],
  ["policyProfiles", "PolicyProfile"],
];

const BATCH = 5000;
const PARALLEL = 3;

export async function insertAll(
  prisma: PrismaClient,
  rows: SeedRows,
  log: (m: string) => void,
): Promise<Record<string, number>> {
  const columns = await loadColumns(prisma);
  const counts: Record<string, number> = {};
  for (const [key, table] of ORDER) {
    const data = rows[key] as unknown as Record<string, unknown>[];
    const started = Date.now();
    const batches: Record<string, unknown>[][] = [];
    // Unit rows reference their parent unit: keep them in one statement
    const size = table === "Unit" ? Math.max(1, data.length) : BATCH;
    for (let i = 0; i < data.length; i += size) batches.push(data.slice(i, i + size));
    let inserted = 0;
    for (let i = 0; i < batches.length; i += PARALLEL) {
      const done = await Promise.all(batches.slice(i, i + PARALLEL).map((b) => bulkInsert(prisma, table, b, columns)));
      inserted += done.reduce((a, b) => a + b, 0);
    }
    counts[table] = inserted;
    if (data.length > 0) log(`  ${table}: ${inserted} (${Date.now() - started} ms)`);
  }
  // Planner statistics now, not when autovacuum gets round to it: on a freshly loaded database
  // without them the dashboard's promotions query took 2.5 s instead of milliseconds.
  await prisma.$executeRawUnsafe("ANALYZE");
  return counts;
}
