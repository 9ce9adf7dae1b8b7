import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { isClearChinese } from "../../faults/clear-message";
import { testSiteConfig } from "../../support/nginx-proxy";
import { decodeActionResult, encodeActionArgs } from "../../load/client/server-actions";
import { formatReport, percentile, Recorder } from "../../load/driver/stats";

describe("load and fault test parts", () => {
  it("nearest-rank percentiles of 1..100: p50 = 50, p95 = 95, p99 = 99", () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(v, 50), percentile(v, 95), percentile(v, 99), percentile(v, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it("groups samples per endpoint and counts errors with their reasons", () => {
    const r = new Recorder();
    for (let i = 1; i <= 10; i++) r.add({ endpoint: "GET /cadres", ms: i * 10, ok: true });
    r.add({ endpoint: "POST save", ms: 500, ok: false, detail: "HTTP 500" });
    const f = r.figures(10);
    expect(f.all).toMatchObject({ count: 11, errors: 1, perSecond: 1.1 });
    expect(f.endpoints[0]).toMatchObject({ endpoint: "GET /cadres", count: 10, p50: 50, p95: 100, errors: 0 });
    expect(formatReport(f)).toContain("✗ POST save: HTTP 500");
  });

  it("encodes action arguments as React does ($ escaped) and finds the safe-action result row", () => {
    expect(encodeActionArgs([{ a: "$x", b: 1 }])).toBe('[{"a":"$$x","b":1}]');
    const body = '0:{"a":"$@1","f":"","b":"build"}\n1:{"serverError":"系统出现异常，请稍后重试"}\n';
    expect(decodeActionResult(body)).toEqual({ serverError: "系统出现异常，请稍后重试" });
    expect(decodeActionResult('0:{"a":"$@1"}\n1:{"data":{"ok":true,"id":"c1","version":2}}')).toEqual({
      data: { ok: true, id: "c1", version: 2 },
    });
    expect(decodeActionResult("<html>502</html>")).toBeNull();
  });

  it("the fault tests run the shipped nginx config minus TLS, on loopback ports", () => {
    const shipped = fs.readFileSync("docs/deploy/nginx-miaopu.conf", "utf8");
    const site = testSiteConfig(shipped, { listenPort: 4001, appPorts: [4002, 4003], pageRoot: "/tmp/x" });
    expect(site).toContain("listen 127.0.0.1:4001;");
    expect(site).toContain(
      "    server 127.0.0.1:4002 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:4003 max_fails=3",
    );
    expect(site).toContain("root /tmp/x;");
    expect(site).not.toMatch(/ssl|listen 80|listen 443|return 301/);
    for (const kept of [
      "error_page 502 503 504",
      "limit_req zone=miaopu_signin",
      "X-Forwarded-For $proxy_add_x_forwarded_for",
      "Host $http_host",
    ]) {
      expect(site).toContain(kept);
    }
  });

  it("a clear message is Chinese and shows nothing internal", () => {
    expect(isClearChinese({ what: "", text: "系统出现异常，请稍后重试（参考编号：4AAE1E666D）" })).toBe(true);
    expect(
      isClearChinese({
        what: "",
        text: "Invalid `prisma.user.findUnique()` invocation: Can't reach database server at 127.0.0.1:5432",
      }),
    ).toBe(false);
    expect(
      isClearChinese({
        what: "",
        text: "系统出现异常 Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect (node:net:1555:16)",
      }),
    ).toBe(false);
    expect(isClearChinese({ what: "", text: "502 Bad Gateway" })).toBe(false);
  });
});
