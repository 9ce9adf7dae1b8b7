import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureLocalSecrets, localSecretsNotice } from "@/lib/secrets/local-secrets";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "miaopu-secrets-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("ensureLocalSecrets", () => {
  it("creates .data/secrets.json once, owner-only, with a 32-byte key", () => {
    const data = path.join(dir, ".data");
    const first = ensureLocalSecrets(data, {});
    expect(first.created).toBe(true);
    expect(Buffer.from(first.MIAOPU_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(first.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    expect(localSecretsNotice(first)).toContain("生成本地密钥");

    const second = ensureLocalSecrets(data, {});
    expect(second.created).toBe(false);
    expect(second.MIAOPU_ENCRYPTION_KEY).toBe(first.MIAOPU_ENCRYPTION_KEY);
    expect(second.NEXTAUTH_SECRET).toBe(first.NEXTAUTH_SECRET);
    expect(localSecretsNotice(second)).toBeNull();
  });

  it("lets environment variables win, and touches no file when both are set", () => {
    const env = { MIAOPU_ENCRYPTION_KEY: "k".repeat(43) + "=", NEXTAUTH_SECRET: "from-env" };
    const s = ensureLocalSecrets(dir, env);
    expect(s).toMatchObject({
      ...env,
      created: false,
      fromEnv: { MIAOPU_ENCRYPTION_KEY: true, NEXTAUTH_SECRET: true },
    });
    expect(fs.existsSync(s.file)).toBe(false);

    const partial = ensureLocalSecrets(dir, { NEXTAUTH_SECRET: "from-env" });
    expect(partial.NEXTAUTH_SECRET).toBe("from-env");
    expect(partial.created).toBe(true);
  });

  it("refuses a damaged file instead of replacing the key", () => {
    const file = path.join(dir, "secrets.json");
    fs.writeFileSync(file, JSON.stringify({ MIAOPU_ENCRYPTION_KEY: "short", NEXTAUTH_SECRET: "x" }));
    expect(() => ensureLocalSecrets(dir, {})).toThrow("已损坏");
    expect(JSON.parse(fs.readFileSync(file, "utf8")).MIAOPU_ENCRYPTION_KEY).toBe("short");
  });
});
