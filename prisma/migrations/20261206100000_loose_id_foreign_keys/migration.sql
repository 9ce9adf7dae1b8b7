-- Foreign keys for the six id columns that had none. Personnel records and accounts are never
-- hard-deleted (closed, archived or disabled instead), so deleting a referenced row is refused
-- (ON DELETE RESTRICT) rather than cascading or silently unlinking.
--
-- Orphans first, deliberately: every one of these columns is optional and its reference is
-- informative, so an id that points at no row is set to NULL, which is what the app already
-- made of it.
--   - Appointment.supervisorCadreId (分管领导, ZZ15-ROT-LEADER): a missing cadre matched no
--     one; NULL reads as "no supervisor recorded".
--   - FamilyMember.relativeCadreId (recusal): an id of no cadre recused no one; NULL keeps the
--     family member and drops only the dead link.
--   - PoolReview.reviewerId, Nomination.submittedById, NominationEvent.actorId,
--     PolicyProfile.createdById: the pages already showed "—" for an unknown user.
-- The audit log keeps its own record of who did what, so nothing is lost from the history.

UPDATE "Appointment" a SET "supervisorCadreId" = NULL
  WHERE "supervisorCadreId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Cadre" c WHERE c.id = a."supervisorCadreId");
UPDATE "FamilyMember" f SET "relativeCadreId" = NULL
  WHERE "relativeCadreId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Cadre" c WHERE c.id = f."relativeCadreId");
UPDATE "PoolReview" r SET "reviewerId" = NULL
  WHERE "reviewerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."reviewerId");
UPDATE "Nomination" n SET "submittedById" = NULL
  WHERE "submittedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = n."submittedById");
UPDATE "NominationEvent" e SET "actorId" = NULL
  WHERE "actorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = e."actorId");
UPDATE "PolicyProfile" p SET "createdById" = NULL
  WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = p."createdById");

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_supervisorCadreId_fkey" FOREIGN KEY ("supervisorCadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_relativeCadreId_fkey" FOREIGN KEY ("relativeCadreId") REFERENCES "Cadre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PoolReview" ADD CONSTRAINT "PoolReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationEvent" ADD CONSTRAINT "NominationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyProfile" ADD CONSTRAINT "PolicyProfile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
