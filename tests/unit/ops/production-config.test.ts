import { describe, expect, it } from "vitest";
import { formatConfigProblems, isProductionDeployment, productionConfigProblems } from "@/lib/config/production-config";

const KEY = Buffer.alloc(32, 7).toString("base64");
const SECRET = "s".repeat(44);
const GOOD = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://miaopu_app:pw@db.internal:5432/miaopu",
  MIAOPU_ENCRYPTION_KEY: KEY,
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: "https://miaopu.example.gov.cn",
};
const variables = (env: Record<string, string | undefined>) => productionConfigProblems(env).map((p) => p.variable);

describe("production start-up configuration", () => {
  it("a complete configuration has no problems", () => {
    expect(productionConfigProblems(GOOD)).toEqual([]);
  });

  it("names every missing variable", () => {
    const env = { NODE_ENV: "production", DATABASE_URL: GOOD.DATABASE_URL };
    expect(variables(env)).toEqual(["MIAOPU_ENCRYPTION_KEY", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]);
    const text = formatConfigProblems(productionConfigProblems(env));
    expect(text).toContain("拒绝以生产模式启动");
    expect(text).toContain("MIAOPU_ENCRYPTION_KEY 未设置");
    expect(text).toContain("NEXTAUTH_SECRET 未设置");
    expect(text).toContain("NEXTAUTH_URL 未设置");
  });

  it("names only what is missing", () => {
    expect(variables({ ...GOOD, NEXTAUTH_SECRET: "" })).toEqual(["NEXTAUTH_SECRET"]);
    expect(variables({ ...GOOD, MIAOPU_ENCRYPTION_KEY: "  " })).toEqual(["MIAOPU_ENCRYPTION_KEY"]);
  });

  it("rejects a key that is not 32 bytes and a short session secret, saying why", () => {
    const [key] = productionConfigProblems({ ...GOOD, MIAOPU_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") });
    expect(key.message).toContain("16 字节");
    const [secret] = productionConfigProblems({ ...GOOD, NEXTAUTH_SECRET: "short-secret" });
    expect(secret.message).toContain("12 个字符");
  });

  it("requires an https address so session cookies are Secure", () => {
    const [p] = productionConfigProblems({ ...GOOD, NEXTAUTH_URL: "http://miaopu.example.gov.cn" });
    expect(p.variable).toBe("NEXTAUTH_URL");
    expect(p.message).toContain("https://");
    expect(variables({ ...GOOD, NEXTAUTH_URL: "not a url" })).toEqual(["NEXTAUTH_URL"]);
  });

  it("plain HTTP only on loopback and only with the test harness flag", () => {
    const loopback = { ...GOOD, NEXTAUTH_URL: "http://127.0.0.1:3100" };
    expect(variables(loopback)).toEqual(["NEXTAUTH_URL"]);
    expect(variables({ ...loopback, MIAOPU_ALLOW_HTTP_LOOPBACK: "1" })).toEqual([]);
    expect(variables({ ...GOOD, NEXTAUTH_URL: "http://localhost:3000", MIAOPU_ALLOW_HTTP_LOOPBACK: "1" })).toEqual([]);
    expect(variables({ ...GOOD, NEXTAUTH_URL: "http://10.1.2.3:3000", MIAOPU_ALLOW_HTTP_LOOPBACK: "1" })).toEqual([
      "NEXTAUTH_URL",
    ]);
  });

  it("applies only to NODE_ENV=production with a configured database that is not the embedded demo", () => {
    expect(isProductionDeployment(GOOD)).toBe(true);
    expect(isProductionDeployment({ ...GOOD, NODE_ENV: "development" })).toBe(false);
    expect(isProductionDeployment({ ...GOOD, DATABASE_URL: "" })).toBe(false);
    expect(isProductionDeployment({ ...GOOD, MIAOPU_EMBEDDED_DATABASE: "1" })).toBe(false);
    expect(
      productionConfigProblems({
        NODE_ENV: "production",
        DATABASE_URL: GOOD.DATABASE_URL,
        MIAOPU_EMBEDDED_DATABASE: "1",
      }),
    ).toEqual([]);
  });
});
