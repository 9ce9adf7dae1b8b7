-- Hand-written (Prisma's schema cannot express INCLUDE columns or a partial index).
-- The dashboard's one-day loader (lib/server/facts/staffing-as-of.ts) reads, at 100,000 cadres,
-- ≈12,000 post holders, ≈2,000 vacancies and ≈7,000 promotion candidates' predecessors, each
-- with its cadre's birth date and gender. These indexes answer every one of those probes from
-- the index alone, without visiting the table rows.

-- a post's appointments (holders on a day)
CREATE INDEX IF NOT EXISTS "Appointment_postId_facts_idx" ON "Appointment" ("postId") INCLUDE ("id", "cadreId", "startDate", "endDate");
-- a cadre's appointment before a given one (promotions)
CREATE INDEX IF NOT EXISTS "Appointment_cadreId_order_idx" ON "Appointment" ("cadreId", "startDate", "id") INCLUDE ("postId");
-- an appointment's cadre, unless archived
CREATE INDEX IF NOT EXISTS "Cadre_live_facts_idx" ON "Cadre" ("id") INCLUDE ("birthDate", "gender") WHERE "archivedAt" IS NULL;
