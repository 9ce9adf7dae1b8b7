import { describe, expect, it } from "vitest";
import { oneTimePasswordExpired, oneTimePasswordValidUntil } from "@/lib/auth/one-time-password";
import { accountExpirySchema, expiresAtOf, expiryDayOf } from "@/lib/validation/user-account";

describe("one-time passwords and account expiry dates", () => {
  it("a one-time password works for 72 hours after issue, only while it must still be changed", () => {
    const issuedAt = new Date("2026-12-01T02:00:00Z");
    expect(oneTimePasswordValidUntil(issuedAt).toISOString()).toBe("2026-12-04T02:00:00.000Z");
    const user = { mustChangePassword: true, passwordChangedAt: issuedAt };
    expect(oneTimePasswordExpired(user, new Date("2026-12-04T01:59:59Z"))).toBe(false);
    expect(oneTimePasswordExpired(user, new Date("2026-12-04T02:00:00Z"))).toBe(true);
    expect(oneTimePasswordExpired({ ...user, mustChangePassword: false }, new Date("2027-12-04T02:00:00Z"))).toBe(
      false,
    );
  });

  it("an expiry day lasts until midnight in China and reads back as the same day", () => {
    const at = expiresAtOf(new Date("2027-06-30T00:00:00Z"));
    expect(at.toISOString()).toBe("2027-06-30T16:00:00.000Z");
    expect(expiryDayOf(at)).toBe("2027-06-30");
    const parsed = accountExpirySchema.parse({ userId: "u1", version: 1, expiresOn: "2027-06-30" });
    expect(parsed.expiresOn).toEqual(at);
    expect(accountExpirySchema.parse({ userId: "u1", version: 1, expiresOn: "" }).expiresOn).toBeNull();
    expect(accountExpirySchema.safeParse({ userId: "u1", version: 1, expiresOn: "2027-02-30" }).success).toBe(false);
  });
});
