-- The dashboard's data stamp (lib/server/dashboard/dashboard-cache.ts): one counter that moves
-- exactly when a transaction that wrote to a table the dashboard reads commits. Hand-written:
-- Prisma's schema language cannot express triggers, and the app reads the row with plain SQL.
--
-- Before, the stamp summed PostgreSQL's statistics counters: they are reported up to 10 s late
-- and count rolled-back rows too, so the stamp moved without a change and lagged behind one.
--
-- How it moves:
--   · a DEFERRABLE INITIALLY DEFERRED constraint trigger on every row change queues an event
--     that fires at COMMIT; the first event of a transaction bumps the counter once, the others
--     see the transaction-local flag and return. A rolled-back transaction fires nothing.
--   · the row lock on the counter is taken at commit only, so writers do not queue behind a
--     long transaction's first write, and no lock cycle can form through it.
--   · TRUNCATE has no row events: a statement trigger bumps at once (same flag).
--   · changes made outside the app (psql, a script, a restore through SQL) fire the same triggers.

CREATE TABLE "DataChange" (
  "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
  "counter" BIGINT NOT NULL
);
INSERT INTO "DataChange" ("id", "counter") VALUES (1, 0);

CREATE OR REPLACE FUNCTION "data_change_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('miaopu.data_change_bumped', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('miaopu.data_change_bumped', 'yes', true);
    UPDATE "DataChange" SET "counter" = "counter" + 1 WHERE "id" = 1;
  END IF;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Unit', 'Post', 'Appointment', 'Cadre', 'EducationRecord', 'PoolEntry', 'PoolReview',
    'Nomination', 'NominationEvent', 'Training', 'TrainingAttendance', 'PolicyProfile'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_change_bump"()',
      t || '_data_change', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "data_change_bump"()',
      t || '_data_change_truncate', t);
  END LOOP;
END;
$$;
