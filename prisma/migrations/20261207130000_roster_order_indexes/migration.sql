-- Indexes for the roster at 500,000 cadres in 10,000 units (issue 21), measured with
-- `npm run bench:roster -- --cadres 500000` (docs/benchmarks.md).
--
-- The default order is unit (sortOrder, id) → rank → id. With Unit read in that order and each
-- unit's rows from Cadre_roster_unit_idx ("unitId", "status", "rank", "id"), PostgreSQL walks
-- the units in order and stops when the page is full: the first page went from 4.4 s (every
-- unit's rows sorted) to about 1 ms. Declared in schema.prisma too (a plain index).
CREATE INDEX "Unit_sortOrder_id_idx" ON "Unit" ("sortOrder", "id");

-- Sorted by 职务层次 (nulls last, then id): the page from the index instead of sorting every
-- live cadre (89 ms → under 1 ms over all statuses). Partial like the other roster sort indexes;
-- hand-written, so not in schema.prisma.
CREATE INDEX "Cadre_roster_rank_sort_idx" ON "Cadre" ("rank", "id") WHERE "archivedAt" IS NULL;
