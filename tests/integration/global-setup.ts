import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    encryptionKey: string;
  }
}

let db: TestDatabase | undefined;

export async function setup(project: TestProject) {
  db = await createTestDatabase("miaopu_it");
  project.provide("databaseUrl", db.url);
  // A throwaway key per run: test data is encrypted exactly as in production.
  project.provide("encryptionKey", randomBytes(32).toString("base64"));
}

export async function teardown() {
  await db?.dispose();
}
