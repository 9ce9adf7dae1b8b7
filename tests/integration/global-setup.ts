import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createTemplateDatabase, dropWorkerDatabases, type TestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
    runName: string;
    encryptionKey: string;
  }
}

let template: TestDatabase | undefined;
const runName = `miaopu_it_${Date.now()}_${randomBytes(3).toString("hex")}`;

export async function setup(project: TestProject) {
  // Migrated once; each worker's database (setup-env.ts) and every file's own database are copies.
  template = await createTemplateDatabase("miaopu_it_tpl");
  project.provide("templateUrl", template.url);
  project.provide("runName", runName);
  // A throwaway key per run: test data is encrypted exactly as in production.
  project.provide("encryptionKey", randomBytes(32).toString("base64"));
}

export async function teardown() {
  if (!template) return;
  await dropWorkerDatabases(template.url, runName);
  await template.dispose();
}
