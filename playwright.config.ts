import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/support/chromium";

// Browser tests drive Debian's Chromium against the production build (`next start`), which
// tests/e2e/global-setup.ts serves on E2E_PORT with a fresh, seeded database.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/e2e/global-setup.ts",
  // A committed test.only would silently skip the rest of the suite, here and in CI alike.
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  // Two cores shared by the build, PostgreSQL and the browser: give UI assertions room.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // signs each demo role in once and stores its session (tests/e2e/support/role-sessions.ts)
    { name: "setup", testMatch: "auth.setup.ts", use: { browserName: "chromium" } },
    { name: "chromium", use: { browserName: "chromium" }, dependencies: ["setup"] },
  ],
});
