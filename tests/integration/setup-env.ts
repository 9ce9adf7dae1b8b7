// Runs in each integration worker before each test file: points lib/server/db at the worker's
// own database (a copy of the migrated template, made by the worker's first file), and
// createTestDatabase at the template.
import { inject } from "vitest";
import { ensureWorkerDatabase, TEMPLATE_ENV, WORKER_DATABASE_ENV } from "../support/test-database";

const templateUrl = inject("templateUrl");
process.env[TEMPLATE_ENV] = templateUrl;
process.env.MIAOPU_ENCRYPTION_KEY = inject("encryptionKey");
process.env.DATABASE_URL = await ensureWorkerDatabase(
  templateUrl,
  inject("runName"),
  process.env.VITEST_POOL_ID ?? "1",
);
process.env[WORKER_DATABASE_ENV] = process.env.DATABASE_URL;
