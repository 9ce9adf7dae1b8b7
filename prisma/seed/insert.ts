// Writes the built rows in one transaction, table by table in foreign-key order, with COPY
// (copy-rows.ts). A bulk load into an empty database is what PostgreSQL's manual recommends
// doing without the indexes and triggers, and then building the indexes once:
//   · the secondary indexes of the loaded tables (not the primary keys or constraints) are
//     dropped and re-created from their own definitions (pg_indexes) before the commit;
//   · as a superuser the session runs with session_replication_role = replica, which skips
//     every trigger (the foreign-key checks, the DataChange counter, Cadre's RankRecord sync)
//     — so this file does once, set-based, what those triggers would have done row by row:
//     the RankRecord rows of the new cadres (migration 20261206174000_rank_records) and one
//     bump of the DataChange counter (20261206120000_data_change_counter). Without superuser
//     rights the triggers run as usual and neither is needed.
// All of it is one transaction: a failure leaves the database as it was, indexes included.
import pg from "pg";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { SeedRows } from "./context";
import { copyRows, loadColumns } from "./copy-rows";

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

/** What Cadre_rank_record_sync inserts for a new cadre, for every cadre that has no history yet. */
const RANK_RECORDS_SQL = `
  INSERT INTO "RankRecord" ("id", "cadreId", "rank", "startDate", "note", "updatedAt")
  SELECT gen_random_uuid()::text, c."id", c."rank", c."rankSince",
         CASE WHEN c."rankSince" IS NULL THEN '任现职务层次时间未录入' END, CURRENT_TIMESTAMP
    FROM "Cadre" c
   WHERE c."rank" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "RankRecord" r WHERE r."cadreId" = c."id");
  INSERT INTO "RankRecord" ("id", "cadreId", "grade", "startDate", "note", "updatedAt")
  SELECT gen_random_uuid()::text, c."id", c."grade", c."gradeSince",
         CASE WHEN c."gradeSince" IS NULL THEN '任现职级时间未录入' END, CURRENT_TIMESTAMP
    FROM "Cadre" c
   WHERE c."grade" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "RankRecord" r WHERE r."cadreId" = c."id" AND r."grade" IS NOT NULL);`;

/** Secondary indexes of `tables`: those that back no constraint (primary keys, unique constraints stay). */
async function secondaryIndexes(client: pg.Client, tables: string[]): Promise<{ name: string; def: string }[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
      where i.indrelid = any (select ('"' || t || '"')::regclass from unnest($1::text[]) t)
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [tables],
  );
  return rows;
}

export async function insertAll(
  url: string,
  rows: SeedRows,
  log: (m: string) => void,
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    const [{ rolsuper }] = (
      await client.query<{ rolsuper: boolean }>("select rolsuper from pg_roles where rolname = current_user")
    ).rows;
    if (rolsuper) await client.query("SET LOCAL session_replication_role = replica");
    // COPY and CREATE INDEX sort in memory rather than in temporary files
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    const loaded = ORDER.filter(([key]) => rows[key].length > 0).map(([, table]) => table);
    const indexes = await secondaryIndexes(client, loaded);
    for (const ix of indexes) await client.query(`DROP INDEX ${ix.name}`);
    const columns = await loadColumns(client);
    for (const [key, table] of ORDER) {
      const data = rows[key] as unknown as Record<string, unknown>[];
      const started = Date.now();
      counts[table] = await copyRows(client, table, data, columns);
      if (data.length > 0) log(`  ${table}: ${counts[table]} (${Date.now() - started} ms)`);
    }
    if (rolsuper) {
      let started = Date.now();
      await client.query(RANK_RECORDS_SQL);
      log(`  RankRecord (职务层次/职级 history, as the trigger writes it): ${Date.now() - started} ms`);
      await client.query(`UPDATE "DataChange" SET "counter" = "counter" + 1 WHERE "id" = 1`);
      started = Date.now();
      for (const ix of indexes) await client.query(ix.def);
      log(`  ${indexes.length} indexes rebuilt: ${Date.now() - started} ms`);
    } else {
      // the DataChange triggers are deferred to the commit, and PostgreSQL builds no index on a
      // table with pending trigger events: fire them now
      await client.query("SET CONSTRAINTS ALL IMMEDIATE");
      for (const ix of indexes) await client.query(ix.def);
    }
    await client.query("COMMIT");
    // Planner statistics now, not when autovacuum gets round to it: on a freshly loaded database
    // without them the dashboard's promotions query took 2.5 s instead of milliseconds.
    const started = Date.now();
    await client.query("ANALYZE");
    log(`  ANALYZE: ${Date.now() - started} ms`);
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
  return counts;
}

const IDENTITY = "select current_database() || ':' || inet_server_port() || ':' || pg_postmaster_start_time() as id";

/** The COPY connection must reach the database the caller's Prisma client reads. */
export async function assertSameDatabase(prisma: PrismaClient, url: string): Promise<void> {
  const [{ id: viaPrisma }] = await prisma.$queryRawUnsafe<{ id: string }[]>(IDENTITY);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const viaUrl = (await client.query<{ id: string }>(IDENTITY)).rows[0].id;
    if (viaUrl !== viaPrisma) throw new Error(`seedDemo: ${url} is not the database the Prisma client uses`);
  } finally {
    await client.end();
  }
}
