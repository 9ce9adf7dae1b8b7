-- What each change touched, for the dashboard's incremental refresh (docs/dashboard.md,
-- lib/server/dashboard/change-log.ts): one row per changed row of a table the dashboard reads,
-- tagged with the "DataChange".counter value of its transaction, naming the cadre, unit and row
-- it touched. A process that holds the facts of counter L reads the rows of (L, C] and re-reads
-- only those cadres, units, posts and entries. Hand-written: Prisma cannot express triggers.
--
-- Why the rows carry the counter and not a sequence: a sequence value is taken at the write and
-- transactions commit in another order, so a reader could pass a row that commits later. The
-- counter is bumped at commit under its row lock ("DataChange" migration): the log rows of
-- counter N become visible exactly with N, and every counter value in (L, C] must have rows —
-- a missing one (pruned, or a bump from a table without a log trigger) makes the reader reload
-- the whole facts instead.
--
-- How the rows are written: a DEFERRABLE INITIALLY DEFERRED constraint trigger per row, named
-- "<table>_data_change_log" so that it fires after "<table>_data_change" (triggers of one event
-- fire in name order; the first event of a transaction bumps the counter there), reads the
-- counter its transaction just set and inserts one row for the old and one for the new key when
-- an update moved the row to another cadre, post or unit. TRUNCATE logs one row with no keys:
-- the reader reloads the whole facts. Every 1,000th counter prunes what is 10,000 counters old.

CREATE TABLE "DataChangeLog" (
  "counter" BIGINT NOT NULL,
  "table" TEXT NOT NULL,
  "cadreId" TEXT,
  "unitId" TEXT,
  "rowId" TEXT
);
CREATE INDEX "DataChangeLog_counter_idx" ON "DataChangeLog" ("counter");

CREATE OR REPLACE FUNCTION "data_change_log"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  c BIGINT;
  o_cadre TEXT; o_unit TEXT; o_row TEXT;
  n_cadre TEXT; n_unit TEXT; n_row TEXT;
BEGIN
  SELECT "counter" INTO c FROM "DataChange" WHERE "id" = 1;
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO "DataChangeLog" VALUES (c, TG_TABLE_NAME, NULL, NULL, NULL);
    RETURN NULL;
  END IF;
  -- the keys of the old and the new row: the cadre, the unit and the row the dashboard re-reads
  FOR i IN 1..2 LOOP
    DECLARE
      r RECORD;
      k_cadre TEXT; k_unit TEXT; k_row TEXT;
    BEGIN
      IF i = 1 THEN
        CONTINUE WHEN TG_OP = 'INSERT';
        r := OLD;
      ELSE
        CONTINUE WHEN TG_OP = 'DELETE';
        r := NEW;
      END IF;
      CASE TG_TABLE_NAME
        WHEN 'Cadre' THEN k_cadre := r."id";
        WHEN 'Unit' THEN k_unit := r."id";
        WHEN 'Post' THEN k_unit := r."unitId"; k_row := r."id";
        WHEN 'Appointment' THEN k_cadre := r."cadreId"; k_row := r."postId";
        WHEN 'PoolReview' THEN k_row := r."poolEntryId";
        WHEN 'NominationEvent' THEN k_row := r."nominationId";
        WHEN 'Training', 'PolicyProfile' THEN k_row := r."id";
        ELSE k_cadre := r."cadreId"; k_row := r."id"; -- EducationRecord, PoolEntry, Nomination, TrainingAttendance, RankRecord
      END CASE;
      IF i = 1 THEN
        o_cadre := k_cadre; o_unit := k_unit; o_row := k_row;
      ELSE
        n_cadre := k_cadre; n_unit := k_unit; n_row := k_row;
      END IF;
    END;
  END LOOP;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "DataChangeLog" VALUES (c, TG_TABLE_NAME, o_cadre, o_unit, o_row);
  END IF;
  IF TG_OP = 'INSERT' OR (n_cadre, n_unit, n_row) IS DISTINCT FROM (o_cadre, o_unit, o_row) THEN
    INSERT INTO "DataChangeLog" VALUES (c, TG_TABLE_NAME, n_cadre, n_unit, n_row);
  END IF;
  IF c % 1000 = 0 AND current_setting('miaopu.data_change_pruned', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('miaopu.data_change_pruned', 'yes', true);
    DELETE FROM "DataChangeLog" WHERE "counter" < c - 10000;
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
    'Nomination', 'NominationEvent', 'Training', 'TrainingAttendance', 'PolicyProfile', 'RankRecord'
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_change_log"()',
      t || '_data_change_log', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "data_change_log"()',
      t || '_data_change_truncate_log', t);
  END LOOP;
END;
$$;
