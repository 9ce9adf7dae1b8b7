// Where Chromium is: CHROMIUM_PATH, else a chromium found on PATH, else a clear message
// (Playwright cannot download browsers here). Used by the PDF renderer and the browser tests.
import { execSync } from "node:child_process";
import fs from "node:fs";

const INSTALL_HINT =
  "未找到 Chromium / Chromium was not found. Install it with:\n" +
  "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n" +
  "or point CHROMIUM_PATH at a Chromium or Chrome binary.";

export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.\n${INSTALL_HINT}`);
    return configured;
  }
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const p = execSync(`command -v ${name}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      if (p) return p;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(INSTALL_HINT);
}

/** Flags for a headless Chromium in a container (no sandbox user namespaces, no GPU, quiet). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
