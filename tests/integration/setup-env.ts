// Runs in each integration worker before the test files: points lib/server/db at the
// fresh database that global-setup created.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.MIAOPU_ENCRYPTION_KEY = inject("encryptionKey");
