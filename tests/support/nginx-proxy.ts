// nginx in front of the app, configured from the shipped docs/deploy/nginx-miaopu.conf (TLS
// and the port-80 redirect taken out, loopback ports put in), so the fault and load tests see
// what a user of a real deployment sees: requests spread over several app processes, and
// nginx's Chinese "restarting" page while no app process answers.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/database/free-port";

export interface NginxProxy {
  baseUrl: string;
  stop: () => Promise<void>;
}

function nginxBinary(): string {
  for (const p of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"]) if (p && fs.existsSync(p)) return p;
  throw new Error(
    "找不到 nginx：故障测试经 nginx 访问应用（与生产部署相同），请安装：apt-get install -y nginx（或设置 NGINX_BIN）。",
  );
}

/** The shipped site config with TLS removed and the given ports and paths. */
export function testSiteConfig(
  shipped: string,
  o: { listenPort: number; appPorts: number[]; pageRoot: string },
): string {
  return shipped
    .replace(/server \{\s*listen 80;[\s\S]*?\n\}\n/, "") // the HTTP→HTTPS redirect server
    .replace(/^(\s*)server 127\.0\.0\.1:3000( .*)$/m, (_m, indent: string, rest: string) =>
      o.appPorts.map((p) => `${indent}server 127.0.0.1:${p}${rest}`).join("\n"),
    )
    .replace(/^\s*# server .*$/m, "")
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${o.listenPort};`)
    .replace(/^\s*listen \[::\]:443 ssl http2;$/m, "")
    .replace(/^\s*ssl_.*$/gm, "")
    .replace(/root \/opt\/miaopu\/docs\/deploy;/, `root ${o.pageRoot};`);
}

export async function startNginx(appPorts: number | number[]): Promise<NginxProxy> {
  const nginx = nginxBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-nginx-"));
  fs.chmodSync(dir, 0o755);
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.mkdirSync(path.join(dir, d), { mode: 0o777 });
  fs.copyFileSync(path.join("docs", "deploy", "unavailable.html"), path.join(dir, "unavailable.html"));
  fs.chmodSync(path.join(dir, "unavailable.html"), 0o644);
  const listenPort = await freePort();
  const site = testSiteConfig(fs.readFileSync(path.join("docs", "deploy", "nginx-miaopu.conf"), "utf8"), {
    listenPort,
    appPorts: ([] as number[]).concat(appPorts),
    pageRoot: dir,
  });
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
    (k, i) => `${k}_temp_path ${path.join(dir, ["body", "proxy", "fastcgi", "uwsgi", "scgi"][i])};`,
  );
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      "  default_type application/octet-stream;",
      "  types { text/html html; }",
      ...temp.map((t) => `  ${t}`),
      `  include ${path.join(dir, "site.conf")};`,
      "}",
    ].join("\n"),
  );
  const check = spawnSync(nginx, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx rejected the test configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const baseUrl = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(baseUrl).then(
      () => true,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`nginx did not start: ${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGQUIT");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
