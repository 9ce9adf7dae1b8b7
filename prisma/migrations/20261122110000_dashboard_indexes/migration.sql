-- Hand-written (Prisma's schema cannot express a partial index).
-- The dashboard's loaders leave archived cadres out with an anti-join on this index, which
-- holds only the archived few, instead of scanning every cadre row.
CREATE INDEX IF NOT EXISTS "Cadre_archived_id_idx" ON "Cadre" ("id") WHERE "archivedAt" IS NOT NULL;
