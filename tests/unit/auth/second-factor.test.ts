import { describe, expect, it, vi } from "vitest";
import { requiresSecondFactor } from "@/lib/auth/second-factor-policy";
import { recoveryCodeHash, typedUsernameHash } from "@/lib/server/auth/keyed-hash";
import { isRecoveryCodeShape, issueRecoveryCodes, RECOVERY_CODE_COUNT } from "@/lib/server/auth/recovery-codes";

describe("who needs a second factor", () => {
  it("the three administrators and ORG_ADMIN always; the readers only while the policy is on", () => {
    for (const role of ["SYS_ADMIN", "SECURITY_ADMIN", "AUDITOR", "ORG_ADMIN"] as const) {
      expect(requiresSecondFactor(role, { totpForReaders: false }), role).toBe(true);
    }
    for (const role of ["ORG_STAFF", "UNIT", "LEADER"] as const) {
      expect(requiresSecondFactor(role, { totpForReaders: true }), role).toBe(true);
      expect(requiresSecondFactor(role, { totpForReaders: false }), role).toBe(false);
    }
  });
});

describe("recovery codes and keyed hashes", () => {
  it("issues 10 distinct xxxx-xxxx codes without look-alike characters, hashed per account", () => {
    vi.stubEnv("MIAOPU_ENCRYPTION_KEY", Buffer.alloc(32, 7).toString("base64"));
    const { codes, hashes } = issueRecoveryCodes("user-1");
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const c of codes) {
      expect(c).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      expect(isRecoveryCodeShape(c.toUpperCase())).toBe(true);
      expect(isRecoveryCodeShape(c.replace("-", ""))).toBe(true);
    }
    expect(hashes[0]).toBe(recoveryCodeHash("user-1", ` ${codes[0].toUpperCase()} `));
    expect(hashes[0]).not.toBe(recoveryCodeHash("user-2", codes[0]));
    expect(isRecoveryCodeShape("123456")).toBe(false);
  });

  it("hashes a typed unknown username case-insensitively, without its text", () => {
    vi.stubEnv("MIAOPU_ENCRYPTION_KEY", Buffer.alloc(32, 7).toString("base64"));
    expect(typedUsernameHash("Zhang.San ")).toBe(typedUsernameHash("zhang.san"));
    expect(typedUsernameHash("zhang.san")).toMatch(/^hmac:[0-9a-f]{32}$/);
  });
});
