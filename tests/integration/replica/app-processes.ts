// Starts app processes (app-process.ts) and talks to them: call(op) → the process's answer.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

export interface AppProcess {
  call: <T>(op: string, arg?: unknown) => Promise<T>;
  log: () => string;
  stop: () => Promise<void>;
}

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

/** Starts one (its databases come later, with call("init", env)). */
export function startAppProcess(): Promise<AppProcess> {
  const child: ChildProcess = spawn(
    tsx,
    ["--conditions=react-server", path.join(import.meta.dirname, "app-process.ts")],
    {
      env: { ...process.env, DATABASE_URL: "" },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stderr!.on("data", (d) => (log += d));
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  const ready = new Promise<void>((resolve, reject) => {
    waiting.set(0, { resolve: () => resolve(), reject });
    child.once("exit", (code) => reject(new Error(`app process exited (${code}):\n${log}`)));
  });
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    if (!line.startsWith("{")) return void (log += `${line}\n`);
    const { id, result, error } = JSON.parse(line) as { id: number; result?: unknown; error?: string };
    const w = waiting.get(id);
    waiting.delete(id);
    if (error) w?.reject(new Error(error));
    else w?.resolve(result);
  });
  const proc: AppProcess = {
    call: <T>(op: string, arg: unknown = null) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.stdin!.write(`${JSON.stringify({ id, op, arg })}\n`);
      }),
    log: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
  return ready.then(() => proc);
}
