-- When the 系统管理员 last re-enabled an account: the count of days unused starts again there,
-- so the hourly sweep does not disable at once an account just enabled (its last sign-in is
-- still older than the limit).
ALTER TABLE "User" ADD COLUMN "enabledAt" TIMESTAMP(3);
