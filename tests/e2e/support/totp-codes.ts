// TOTP codes for the demo accounts that need a second factor. The server refuses a code whose
// 30-second step is not later than the last one it accepted (replay), and the setup project and
// the specs run in different worker processes: the used steps are kept in a file, not memory.
import fs from "node:fs";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import { TOTP_STEPS_FILE } from "./auth-files";

const PERIOD_MS = 30_000;

function readSteps(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(TOTP_STEPS_FILE, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

function recordStep(secret: string, step: number): void {
  fs.mkdirSync(path.dirname(TOTP_STEPS_FILE), { recursive: true });
  fs.writeFileSync(TOTP_STEPS_FILE, JSON.stringify({ ...readSteps(), [secret]: step }));
}

/** A code for a step not used before in this run, waiting for the next step if needed. */
export async function freshTotp(secret: string): Promise<string> {
  let step = Math.floor(Date.now() / PERIOD_MS);
  if ((readSteps()[secret] ?? -1) >= step) {
    await new Promise((r) => setTimeout(r, (step + 1) * PERIOD_MS - Date.now() + 200));
    step = Math.floor(Date.now() / PERIOD_MS);
  }
  recordStep(secret, step);
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: step * PERIOD_MS + 1000,
  });
}
