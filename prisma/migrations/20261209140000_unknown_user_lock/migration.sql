-- The lockout of usernames with no usable account, shared by every app process (it was per
-- process: behind two processes an unknown name locked after about twice the failures of a real
-- account, which told a guesser which names exist). Keyed hash of the typed name, never the name.
CREATE TABLE "UnknownUserLock" (
  "keyHash" TEXT NOT NULL,
  "failedAttempts" INTEGER NOT NULL,
  "lockedUntil" TIMESTAMP(3),
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "UnknownUserLock_pkey" PRIMARY KEY ("keyHash")
);
CREATE INDEX "UnknownUserLock_updatedAt_idx" ON "UnknownUserLock"("updatedAt");
