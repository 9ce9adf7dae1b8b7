// `npm run test:stressed [-- --runs 3 --cpu 4]`: the whole `npm test` while a second process keeps
// every core busy (Debian's stress-ng, `--cpu 4` on this two-core machine by default), repeated
// `--runs` times in a row; stops at the first red run. CI on a loaded machine failed at random
// when waits and timeouts were tuned for a quiet one: this is how that is kept from coming back.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";

interface Options {
  runs: number;
  cpu: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { runs: 3, cpu: 4 };
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (argv[i] === "--runs" || argv[i] === "--cpu") {
      if (!Number.isInteger(value) || value < 1) throw new Error(`${argv[i]} needs a whole number ≥ 1`);
      opts[argv[i] === "--runs" ? "runs" : "cpu"] = value;
      i++;
    } else throw new Error(`unknown option ${argv[i]} (usage: npm run test:stressed -- [--runs N] [--cpu N])`);
  }
  return opts;
}

function startStress(cpu: number): ChildProcess {
  if (spawnSync("stress-ng", ["--version"], { stdio: "ignore" }).status !== 0) {
    throw new Error("stress-ng is not installed: sudo apt-get install -y stress-ng");
  }
  // no --timeout: it runs until this script stops it, whatever the suite's length
  return spawn("stress-ng", ["--cpu", String(cpu), "--quiet"], { stdio: "ignore" });
}

function runSuite(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["test"], { stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const stress = startStress(opts.cpu);
  const stop = () => stress.kill("SIGTERM");
  process.on("SIGINT", () => (stop(), process.exit(130)));
  process.on("SIGTERM", () => (stop(), process.exit(143)));
  const results: string[] = [];
  let failed = false;
  try {
    for (let run = 1; run <= opts.runs; run++) {
      console.log(`\n▶ test:stressed run ${run}/${opts.runs} — stress-ng --cpu ${opts.cpu}, load average ${load()}`);
      const started = Date.now();
      const code = await runSuite();
      const line = `run ${run}: ${code === 0 ? "green" : `red (exit ${code})`} in ${Math.round((Date.now() - started) / 1000)} s, load average at the end ${load()}`;
      results.push(line);
      console.log(`▶ ${line}`);
      if (code !== 0) {
        failed = true;
        break;
      }
    }
  } finally {
    stop();
  }
  console.log(
    `\ntest:stressed (stress-ng --cpu ${opts.cpu} on ${os.cpus().length} cores):\n${results.map((r) => `  ${r}`).join("\n")}`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
