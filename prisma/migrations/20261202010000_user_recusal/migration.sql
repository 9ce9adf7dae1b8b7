-- 回避: the keyed hashes of the 身份证号 of an account's holder and their relatives. The cadres
-- with those numbers (now or imported later) are left out of every query the user makes.
ALTER TABLE "User" ADD COLUMN IF NOT EXISTS "recusalIdNumberHashes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
