-- Indexes for the roster (干部名册) at 100,000 cadres: every filter and sort of
-- lib/server/cadres/roster-where.ts is served by an index, and the counts run as index-only
-- scans. Hand-written (operator classes, partial and trigram indexes), so Prisma's schema does
-- not list them; measured with `npm run bench:roster`.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- counts of the default view (在职, not archived) as an index-only scan
CREATE INDEX IF NOT EXISTS "Cadre_roster_status_idx" ON "Cadre" ("status") WHERE "archivedAt" IS NULL;

-- pinyin search: prefix LIKE ('zs%') needs pattern operator classes under a non-C collation
CREATE INDEX IF NOT EXISTS "Cadre_namePinyinInitials_pattern_idx" ON "Cadre" ("namePinyinInitials" text_pattern_ops);
CREATE INDEX IF NOT EXISTS "Cadre_namePinyin_pattern_idx" ON "Cadre" ("namePinyin" text_pattern_ops);

-- sort by name (pinyin) or birth date with the id tie-break, read in index order for one
-- status (the default 在职); with the page's ids read first these are index-only scans
CREATE INDEX IF NOT EXISTS "Cadre_roster_name_sort_idx" ON "Cadre" ("status", "namePinyin", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX IF NOT EXISTS "Cadre_roster_birth_sort_idx" ON "Cadre" ("status", "birthDate", "id") WHERE "archivedAt" IS NULL;

-- name by characters: trigrams for three or more characters; for one or two characters a
-- narrow covering index lets the count scan the index instead of the wide table
CREATE INDEX IF NOT EXISTS "Cadre_name_trgm_idx" ON "Cadre" USING gin ("name" gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "Cadre_roster_name_status_idx" ON "Cadre" ("name", "status", "unitId") WHERE "archivedAt" IS NULL;

-- familiar domain (familiarDomains @> ARRAY[...])
CREATE INDEX IF NOT EXISTS "Cadre_familiarDomains_gin_idx" ON "Cadre" USING gin ("familiarDomains");

-- education and grade filters
CREATE INDEX IF NOT EXISTS "Cadre_highestFullTimeLevel_idx" ON "Cadre" ("highestFullTimeLevel");
CREATE INDEX IF NOT EXISTS "Cadre_grade_idx" ON "Cadre" ("grade");

-- the default order (unit, rank, id): per-unit counts and the rows of a few units
CREATE INDEX IF NOT EXISTS "Cadre_roster_unit_idx" ON "Cadre" ("unitId", "status", "rank", "id") WHERE "archivedAt" IS NULL;

-- in the pool / of a tier: EXISTS over open entries only
CREATE INDEX IF NOT EXISTS "PoolEntry_open_cadre_tier_idx" ON "PoolEntry" ("cadreId", "tier") WHERE "closedOn" IS NULL;
