-- Hand-written (Prisma's schema cannot express INCLUDE columns or a partial index).
-- The district's work list (lib/server/home/worklist-appointments.ts) reads the current
-- appointments started in its date windows (≈2,000 for 试用期, ≈14,000 in the three 任现职 windows at
-- 100,000 cadres) from this index alone: with the appointment's id in it no row is visited, and
-- the rows come ordered as the list shows them (start day, then id). It replaces the index of
-- 20261208140000, which lacked the id.
CREATE INDEX IF NOT EXISTS "Appointment_current_start_id_idx" ON "Appointment" ("startDate", "id") INCLUDE ("cadreId", "postId") WHERE "endDate" IS NULL;
DROP INDEX IF EXISTS "Appointment_current_start_idx";
