-- Hand-written (a partial index with INCLUDE columns). The work list's data-quality check
-- (lib/server/home/worklist-people.ts) reads every serving cadre in scope — ≈92,000 at 100,000
-- cadres — for its id, unit and 参加工作时间 only: from this index alone instead of the table's
-- wide rows, then anti-joined with one year's assessments (Assessment_year_cadre_idx).
CREATE INDEX IF NOT EXISTS "Cadre_serving_scope_idx" ON "Cadre" ("unitId") INCLUDE ("id", "workStartDate") WHERE "status" = 'SERVING' AND "archivedAt" IS NULL;
