// The production server refuses to start without its secrets and an https address, naming
// what is missing (instrumentation.ts → lib/config/production-config.ts); with them it
// serves, and its cookies are Secure. Runs the app's server (lib/cli/http-server.ts, as
// `npm run serve` does) on the build the suite just made. The address the app records is the
// socket's, whatever the client claims (lib/net).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appServerCommand } from "../../lib/cli/run";
import { freePort } from "../../lib/database/free-port";
import { expect, queryDatabase, test } from "./support/fixtures";

interface Started {
  exitCode: number | null;
  output: string;
  stop: () => Promise<void>;
}

/** Starts the app's server; resolves when it exits or answers HTTP, whichever comes first. */
async function startServer(env: Record<string, string | undefined>): Promise<Started & { port: number }> {
  const port = await freePort();
  const child = spawn(...appServerCommand(), {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: "127.0.0.1",
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let exitCode: number | null = null;
  const exited = new Promise<void>((r) => child.once("exit", (code) => ((exitCode = code ?? -1), r())));
  const deadline = Date.now() + 30_000;
  while (exitCode === null && Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/signin`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    get exitCode() {
      return exitCode;
    },
    get output() {
      return output;
    },
    stop: async () => {
      if (exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

const goodEnv = () => ({
  DATABASE_URL: process.env.E2E_DATABASE_URL,
  MIAOPU_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  NEXTAUTH_URL: "https://miaopu.example.gov.cn",
});

test.describe("production start-up check", () => {
  test("without secrets and with an http address the server exits, naming each missing variable", async () => {
    const s = await startServer({
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      NEXTAUTH_URL: "http://miaopu.example.gov.cn",
    });
    await s.stop();
    expect(s.exitCode).toBe(1);
    expect(s.output).toContain("拒绝以生产模式启动");
    expect(s.output).toContain("MIAOPU_ENCRYPTION_KEY 未设置");
    expect(s.output).toContain("NEXTAUTH_SECRET 未设置");
    expect(s.output).toContain("NEXTAUTH_URL 必须是 https://");
    expect(s.output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  test("only the missing one is named", async () => {
    const s = await startServer({ ...goodEnv(), NEXTAUTH_SECRET: undefined });
    await s.stop();
    expect(s.exitCode).toBe(1);
    expect(s.output).toContain("NEXTAUTH_SECRET 未设置");
    expect(s.output).not.toContain("MIAOPU_ENCRYPTION_KEY 未设置");
    expect(s.output).not.toContain("NEXTAUTH_URL");
  });

  test("fully configured, it serves and its cookies are Secure", async () => {
    const s = await startServer(goodEnv());
    try {
      expect(s.exitCode).toBeNull();
      const r = await fetch(`http://127.0.0.1:${s.port}/api/auth/csrf`);
      expect(r.status).toBe(200);
      const cookie = r.headers.get("set-cookie") ?? "";
      expect(cookie).toContain("__Host-next-auth.csrf-token=");
      expect(cookie).toMatch(/;\s*Secure/i);
    } finally {
      await s.stop();
    }
  });
});

test("the audit log records the socket's address, not one the client claims", async ({ request }) => {
  // An unknown username is stored only as a keyed hash (issue 18), so the row is found as the
  // failed sign-in written after this point; every such row must carry the socket's address.
  const [{ last }] = await queryDatabase<{ last: string }>(`SELECT COALESCE(max(id), 0)::text AS last FROM "AuditLog"`);
  const username = `spoof-${randomBytes(4).toString("hex")}`;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    form: { username, password: "Wrong-Password-9", csrfToken, json: "true" },
    headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.7", "x-miaopu-client-ip": "6.6.6.8" },
    maxRedirects: 0,
  });
  const rows = await queryDatabase<{ ip: string | null; typed: string }>(
    `SELECT ip, diff->>'username' AS typed FROM "AuditLog"
      WHERE id > $1 AND action = 'auth.signin.failed' AND diff->>'reason' = 'unknown-user'`,
    [last],
  );
  expect(rows.length).toBeGreaterThanOrEqual(1);
  for (const r of rows) {
    expect(r.ip).toBe("127.0.0.1");
    expect(r.typed).not.toBe(username); // the typed name of no account is not stored
  }
});
