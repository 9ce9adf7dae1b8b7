-- Hand-written (Prisma's schema cannot express INCLUDE columns or a partial index).
-- The home page's work list (lib/server/home/worklist-people.ts) reads, at 100,000 cadres, the
-- current appointments started in a few date windows (probation ending: ≈2,000 started a year
-- ago; 任现职满5/8/10年: ≈3,500 in three 18-month windows) out of ≈310,000 appointments, and the
-- serving cadres without last year's 年度考核.

-- current appointments by start day (the windows), with what the join needs
CREATE INDEX IF NOT EXISTS "Appointment_current_start_idx" ON "Appointment" ("startDate") INCLUDE ("cadreId", "postId") WHERE "endDate" IS NULL;
-- one year's assessments, answered from the index alone (the anti-join of the data-quality check)
CREATE INDEX IF NOT EXISTS "Assessment_year_cadre_idx" ON "Assessment" ("year", "cadreId");
