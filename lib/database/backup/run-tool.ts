// Runs pg_dump / pg_restore and turns a failure into an Error carrying their own message.
import { spawn } from "node:child_process";
import path from "node:path";

export function runTool(file: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} 失败 / failed (${code ?? signal}):\n${stderr.trim()}`));
    });
  });
}
