-- The roster's sorts added by issue 24 item 4 (性别, 现任职务), read in index order for one status
-- (the default 在职) with the id tie-break, like Cadre_roster_name_sort_idx and
-- Cadre_roster_birth_sort_idx: without them each sorted every serving cadre (~90 ms at 100,000,
-- npm run bench:roster). 年龄 uses Cadre_roster_birth_sort_idx; 在库 reads the open entries
-- (PoolEntry_open_cadre_tier_idx) and then the primary key. Hand-written (partial indexes), so
-- Prisma's schema does not list them.
CREATE INDEX IF NOT EXISTS "Cadre_roster_gender_sort_idx" ON "Cadre" ("status", "gender", "id") WHERE "archivedAt" IS NULL;
CREATE INDEX IF NOT EXISTS "Cadre_roster_post_sort_idx" ON "Cadre" ("status", "currentPostTitle", "id") WHERE "archivedAt" IS NULL;
