-- Three plain B-tree indexes of Cadre that no query of the app can use, each duplicated by a
-- hand-written index of 20261122100000_roster_indexes. They only cost writes (the import's
-- bulk upserts, the seed) and space.
--
--   - Cadre_status_idx ("status"): every query filtering on status (the roster, search-nominees,
--     cadre-search, export, home summary, submit) also asks "archivedAt" IS NULL, which the
--     partial indexes Cadre_roster_status_idx, Cadre_roster_name_sort_idx and
--     Cadre_roster_birth_sort_idx serve (status leading).
--   - Cadre_name_idx ("name"): names are matched with contains (LIKE '%…%'), which a B-tree
--     cannot serve (Cadre_name_trgm_idx does); the ORDER BY name of search-nominees and
--     cadre-search runs on live cadres (archivedAt IS NULL), as Cadre_roster_name_status_idx
--     ("name", "status", "unitId") is ordered.
--   - Cadre_namePinyinInitials_idx ("namePinyinInitials"): only ever matched with startsWith
--     (LIKE 'zs%'), which the default operator class cannot serve under the database's
--     non-C collation; Cadre_namePinyinInitials_pattern_idx (text_pattern_ops) does, and also
--     serves equality. Nothing orders by it.
--
-- Checked with EXPLAIN on 50,000 generated cadres (C.UTF-8 test database, all indexes present):
-- the roster's pinyin count, search-nominees and cadre-search chose the pattern and
-- Cadre_roster_name_status_idx indexes, never these three, and the plans were the same after
-- the drop.

-- DropIndex
DROP INDEX "Cadre_status_idx";

-- DropIndex
DROP INDEX "Cadre_namePinyinInitials_idx";

-- DropIndex
DROP INDEX "Cadre_name_idx";
