import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./prisma/migration-adapter";

// Prisma 6.19 on the WASM schema engine (no native binary download; see docs/architecture.md).
// DATABASE_URL must be set whenever a Prisma command runs; `postinstall` sets a placeholder.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return migrationAdapter(url);
  },
});
