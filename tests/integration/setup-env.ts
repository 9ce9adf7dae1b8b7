// Runs in each integration worker before the test files: points lib/server/db at the
// fresh database that global-setup created, and createTestDatabase at its migrated template.
import { inject } from "vitest";
import { TEMPLATE_ENV } from "../support/test-database";

process.env.DATABASE_URL = inject("databaseUrl");
process.env[TEMPLATE_ENV] = inject("templateUrl");
process.env.MIAOPU_ENCRYPTION_KEY = inject("encryptionKey");
