-- 等保 2.0 level 3 (issue 18): the 安全管理员 role, security labels and clearances, second
-- factors enrolled by their holders, password history and account expiry, the audit row's
-- context and the keyed chain, step-up in a session, and the security settings.

-- A role granted by the 安全管理员 (三员分立).
ALTER TYPE "Role" ADD VALUE 'SECURITY_ADMIN' AFTER 'SYS_ADMIN';

CREATE TYPE "SecurityLevel" AS ENUM ('GENERAL', 'SENSITIVE', 'HIGHLY_SENSITIVE');

-- An account created by the 系统管理员 has no role until the 安全管理员 grants one.
ALTER TABLE "User" ALTER COLUMN "role" DROP NOT NULL;
ALTER TABLE "User" DROP CONSTRAINT "User_unit_scope_check";
ALTER TABLE "User" ADD CONSTRAINT "User_unit_scope_check"
  CHECK (COALESCE("role" = 'UNIT', false) = ("unitId" IS NOT NULL));

ALTER TABLE "User"
  ADD COLUMN "clearance" "SecurityLevel" NOT NULL DEFAULT 'GENERAL',
  ADD COLUMN "totpEnrolledAt" TIMESTAMP(3),
  ADD COLUMN "totpPendingCipher" TEXT,
  ADD COLUMN "recoveryCodeHashes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "passwordHistory" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "expiresAt" TIMESTAMP(3),
  ADD COLUMN "disabledReason" TEXT;

-- Existing holders keep what they could read before the labels existed, and an existing
-- secret counts as enrolled (its holder has been signing in with it).
UPDATE "User" SET "clearance" = 'HIGHLY_SENSITIVE' WHERE "role" IN ('ORG_ADMIN', 'ORG_STAFF', 'LEADER');
UPDATE "User" SET "clearance" = 'SENSITIVE' WHERE "role" = 'UNIT';
UPDATE "User" SET "totpEnrolledAt" = "createdAt" WHERE "totpSecretCipher" IS NOT NULL;
UPDATE "User" SET "disabledReason" = '管理员停用' WHERE "disabledAt" IS NOT NULL;

-- Usernames are unique without regard to case in the database itself, not only in the app.
CREATE UNIQUE INDEX "User_username_lower_key" ON "User" (lower("username"));

ALTER TABLE "AuditLog"
  ADD COLUMN "unitId" TEXT,
  ADD COLUMN "sessionHash" TEXT,
  ADD COLUMN "requestId" TEXT,
  ADD COLUMN "userAgent" TEXT,
  ADD COLUMN "chainVersion" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "AuthSession" ADD COLUMN "stepUpAt" TIMESTAMP(3);

CREATE TABLE "SecuritySettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "totpForReaders" BOOLEAN NOT NULL DEFAULT true,
    "inactiveDisableDays" INTEGER NOT NULL DEFAULT 90,
    "passwordMaxAgeDays" INTEGER NOT NULL DEFAULT 90,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SecuritySettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SecuritySettings_single_row" CHECK ("id" = 1),
    CONSTRAINT "SecuritySettings_ranges" CHECK (
      "inactiveDisableDays" BETWEEN 7 AND 3650 AND "passwordMaxAgeDays" BETWEEN 7 AND 3650)
);
INSERT INTO "SecuritySettings" ("id") VALUES (1);
