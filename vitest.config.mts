import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

// Three projects by cost: `unit` is pure and fast (under 30 s); `fuzz` is pure too but runs
// property tests by the thousand, so it gets its own project and a timeout that survives a
// busy machine; `integration` runs against a real PostgreSQL database created fresh for the
// run (tests/integration/global-setup.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    // a spy a failing test left in place would silence or fake the next file's console/module
    restoreMocks: true,
    unstubEnvs: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "tests/unit/fuzz/**"],
          environment: "node",
          // The tier's time went to giving each of ~50 files a fresh module graph (zod schemas,
          // rules, importers), not to the tests: with files sharing one, 28 s became 5 s on a
          // loaded machine. The tests are pure and leave nothing behind (the one that sets
          // MIAOPU_ENCRYPTION_KEY restores it; key caches are keyed by its value); a unit test
          // that changes module state must undo it.
          isolate: false,
          // A pure test takes milliseconds, but a few load heavy modules (ESLint's config in
          // tests/unit/lint) for seconds; with both cores saturated 5 s is not enough.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: "fuzz", include: ["tests/unit/fuzz/**/*.test.ts"], environment: "node", testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          // Two workers, each with its own copy of the migrated database (setup-env.ts): a file
          // spends most of its time waiting on PostgreSQL, so two side by side finish in little
          // more than half the time even on two cores. MIAOPU_IT_WORKERS=1 runs them in turn.
          maxWorkers: Number(process.env.MIAOPU_IT_WORKERS ?? 2),
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
