import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createTemplateDatabase, createTestDatabase, type TestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    templateUrl: string;
    encryptionKey: string;
  }
}

let template: TestDatabase | undefined;
let db: TestDatabase | undefined;

export async function setup(project: TestProject) {
  // Migrated once; the shared database and every file's own database are copies of it.
  template = await createTemplateDatabase("miaopu_it_tpl");
  db = await createTestDatabase("miaopu_it", { template: template.url });
  project.provide("databaseUrl", db.url);
  project.provide("templateUrl", template.url);
  // A throwaway key per run: test data is encrypted exactly as in production.
  project.provide("encryptionKey", randomBytes(32).toString("base64"));
}

export async function teardown() {
  await db?.dispose();
  await template?.dispose();
}
