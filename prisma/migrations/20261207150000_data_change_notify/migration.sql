-- The data stamp (20261206120000_data_change_counter) announced to every app process: the bump
-- that a committing transaction makes to "DataChange".counter now also sends
-- NOTIFY miaopu_data_change with the new counter as its payload. NOTIFY is transactional: it
-- is delivered when (and only if) the transaction commits, in commit order, so a listener never
-- hears of a change before it is visible, nor of a rolled-back one. Each app process keeps the
-- newest counter it heard in memory (lib/server/data-change/) instead of reading the row on
-- every dashboard request, and its dashboards refresh as soon as another process saves.
-- Hand-written: Prisma's schema language cannot express functions.
CREATE OR REPLACE FUNCTION "data_change_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  bumped BIGINT;
BEGIN
  IF current_setting('miaopu.data_change_bumped', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('miaopu.data_change_bumped', 'yes', true);
    UPDATE "DataChange" SET "counter" = "counter" + 1 WHERE "id" = 1 RETURNING "counter" INTO bumped;
    PERFORM pg_notify('miaopu_data_change', bumped::text);
  END IF;
  RETURN NULL;
END;
$$;
