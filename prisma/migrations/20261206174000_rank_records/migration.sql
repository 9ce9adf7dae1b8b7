-- 职务层次/职级 history (issue 19): the rank a cadre held on a past date. A cadre may hold a
-- 职级 without a post, so the appointments' post ranks alone cannot answer "rank on date";
-- lib/rules reads these periods together with the appointments (rankOn).
--
-- One folder for the table, its backfill and the trigger that keeps it in step: the three
-- only make sense together (a table without the trigger would drift from Cadre.rank at the
-- first edit). The CREATE TABLE part is what `prisma migrate diff` writes for the model.

CREATE TABLE "RankRecord" (
    "id" TEXT NOT NULL,
    "cadreId" TEXT NOT NULL,
    "rank" "Rank",
    "grade" "Grade",
    "startDate" DATE,
    "endDate" DATE,
    "documentNo" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RankRecord_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "RankRecord_cadreId_startDate_idx" ON "RankRecord"("cadreId", "startDate");

ALTER TABLE "RankRecord" ADD CONSTRAINT "RankRecord_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A row records a 职务层次, a 职级, or both; never neither, and never ends before it starts.
ALTER TABLE "RankRecord" ADD CONSTRAINT "RankRecord_rank_or_grade_check"
  CHECK ("rank" IS NOT NULL OR "grade" IS NOT NULL);
ALTER TABLE "RankRecord" ADD CONSTRAINT "RankRecord_period_check"
  CHECK ("endDate" IS NULL OR "endDate" >= "startDate");

-- Backfill: the current 职务层次 and 职级 of every cadre, from rankSince/gradeSince. Where the
-- date was never recorded the start stays NULL (the rules read it as held throughout, as they
-- read a rank without rankSince) rather than an invented date.
INSERT INTO "RankRecord" ("id", "cadreId", "rank", "startDate", "note", "updatedAt")
SELECT gen_random_uuid()::text, c."id", c."rank",
       c."rankSince",
       CASE WHEN c."rankSince" IS NULL THEN '迁移补录：任现职务层次时间未录入' END,
       CURRENT_TIMESTAMP
  FROM "Cadre" c WHERE c."rank" IS NOT NULL;
INSERT INTO "RankRecord" ("id", "cadreId", "grade", "startDate", "note", "updatedAt")
SELECT gen_random_uuid()::text, c."id", c."grade",
       c."gradeSince",
       CASE WHEN c."gradeSince" IS NULL THEN '迁移补录：任现职级时间未录入' END,
       CURRENT_TIMESTAMP
  FROM "Cadre" c WHERE c."grade" IS NOT NULL;

-- Every writer of Cadre.rank/rankSince/grade/gradeSince (the cadre form, 任职, the imports, the
-- seed, a script) keeps the history in step through this trigger, so no writer can forget it:
--   · a new value closes the open period the day before the new "since" and opens a new one;
--   · a corrected "since" with the same value moves the open period's start;
--   · a value cleared closes the open period (the day before today: the change is happening now);
--   · a new cadre's value without a "since" opens a period without a start (unknown, as above);
--     a later change without a "since" is dated today, when it is recorded.
CREATE OR REPLACE FUNCTION "rank_record_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  since date;
BEGIN
  -- 职务层次
  IF TG_OP = 'INSERT' OR NEW."rank" IS DISTINCT FROM OLD."rank" OR NEW."rankSince" IS DISTINCT FROM OLD."rankSince" THEN
    n := 0;
    IF TG_OP = 'UPDATE' AND NEW."rank" IS NOT NULL AND NEW."rank" IS NOT DISTINCT FROM OLD."rank" THEN
      UPDATE "RankRecord" SET "startDate" = COALESCE(NEW."rankSince", "startDate"),
             "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP
       WHERE "cadreId" = NEW."id" AND "rank" IS NOT NULL AND "endDate" IS NULL;
      GET DIAGNOSTICS n = ROW_COUNT;
    END IF;
    IF n = 0 THEN
      since := CASE WHEN TG_OP = 'INSERT' THEN NEW."rankSince" ELSE COALESCE(NEW."rankSince", CURRENT_DATE) END;
      UPDATE "RankRecord" SET "endDate" = GREATEST("startDate", since - 1),
             "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP
       WHERE "cadreId" = NEW."id" AND "rank" IS NOT NULL AND "endDate" IS NULL;
      IF NEW."rank" IS NOT NULL THEN
        INSERT INTO "RankRecord" ("id", "cadreId", "rank", "startDate", "note", "updatedAt")
        VALUES (gen_random_uuid()::text, NEW."id", NEW."rank", since,
                CASE WHEN NEW."rankSince" IS NULL THEN '任现职务层次时间未录入' END, CURRENT_TIMESTAMP);
      END IF;
    END IF;
  END IF;
  -- 职级
  IF TG_OP = 'INSERT' OR NEW."grade" IS DISTINCT FROM OLD."grade" OR NEW."gradeSince" IS DISTINCT FROM OLD."gradeSince" THEN
    n := 0;
    IF TG_OP = 'UPDATE' AND NEW."grade" IS NOT NULL AND NEW."grade" IS NOT DISTINCT FROM OLD."grade" THEN
      UPDATE "RankRecord" SET "startDate" = COALESCE(NEW."gradeSince", "startDate"),
             "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP
       WHERE "cadreId" = NEW."id" AND "grade" IS NOT NULL AND "rank" IS NULL AND "endDate" IS NULL;
      GET DIAGNOSTICS n = ROW_COUNT;
    END IF;
    IF n = 0 THEN
      since := CASE WHEN TG_OP = 'INSERT' THEN NEW."gradeSince" ELSE COALESCE(NEW."gradeSince", CURRENT_DATE) END;
      UPDATE "RankRecord" SET "endDate" = GREATEST("startDate", since - 1),
             "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP
       WHERE "cadreId" = NEW."id" AND "grade" IS NOT NULL AND "rank" IS NULL AND "endDate" IS NULL;
      IF NEW."grade" IS NOT NULL THEN
        INSERT INTO "RankRecord" ("id", "cadreId", "grade", "startDate", "note", "updatedAt")
        VALUES (gen_random_uuid()::text, NEW."id", NEW."grade", since,
                CASE WHEN NEW."gradeSince" IS NULL THEN '任现职级时间未录入' END, CURRENT_TIMESTAMP);
      END IF;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Cadre_rank_record_sync"
  AFTER INSERT OR UPDATE OF "rank", "rankSince", "grade", "gradeSince" ON "Cadre"
  FOR EACH ROW EXECUTE FUNCTION "rank_record_sync"();

-- The dashboard reads the history (lib/server/facts/pool-facts-sql.ts): its data stamp moves
-- with it, as for the other tables it reads (20261206120000_data_change_counter).
CREATE CONSTRAINT TRIGGER "RankRecord_data_change" AFTER INSERT OR UPDATE OR DELETE ON "RankRecord"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_change_bump"();
CREATE TRIGGER "RankRecord_data_change_truncate" AFTER TRUNCATE ON "RankRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_change_bump"();
