import type { TestProject } from "vitest/node";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let db: TestDatabase | undefined;

export async function setup(project: TestProject) {
  db = await createTestDatabase("miaopu_it");
  project.provide("databaseUrl", db.url);
}

export async function teardown() {
  await db?.dispose();
}
