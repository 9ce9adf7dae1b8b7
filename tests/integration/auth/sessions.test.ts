import { describe, expect, it } from "vitest";
import { resolveSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { prisma } from "@/lib/server/db";
import { createTestUser, createTestUnit, TEST_PASSWORD } from "../../support/users";

const T0 = new Date("2026-11-22T02:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function newSession(role: "ORG_STAFF" | "LEADER" | "UNIT" = "ORG_STAFF") {
  const unit = role === "UNIT" ? await createTestUnit() : null;
  const user = await createTestUser(role, { unitId: unit?.id });
  const r = await signIn({ username: user.username, password: TEST_PASSWORD, ip: null, userAgent: null, now: T0 });
  if (!r.ok) throw new Error(r.message);
  return { user, sid: r.sessionId };
}

describe("sessions (idle 30 min, absolute 12 h, revocation on the next request)", () => {
  it("idle: alive at +29 min, gone at +30 min after that request + 31", async () => {
    const { sid } = await newSession();
    expect(await resolveSession(sid, at(29))).not.toBeNull();
    expect(await resolveSession(sid, at(29 + 31))).toBeNull();
    // once expired it stays revoked even if asked at an earlier time again
    expect(await resolveSession(sid, at(30))).toBeNull();
  });

  it("absolute: active every 20 minutes, still ends after 12 hours (+720 min)", async () => {
    const { sid } = await newSession();
    for (let m = 20; m <= 700; m += 20) expect(await resolveSession(sid, at(m)), `at +${m}`).not.toBeNull();
    expect(await resolveSession(sid, at(721))).toBeNull();
  });

  it("disabling the account ends its sessions on the next request", async () => {
    const { user, sid } = await newSession();
    expect(await resolveSession(sid, at(1))).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: at(2) } });
    expect(await resolveSession(sid, at(3))).toBeNull();
  });

  it("a role change ends the session on the next request", async () => {
    const { user, sid } = await newSession("LEADER");
    await prisma.user.update({ where: { id: user.id }, data: { role: "ORG_STAFF" } });
    expect(await resolveSession(sid, at(1))).toBeNull();
  });

  it("a unit user's actor carries the unit scope", async () => {
    const { user, sid } = await newSession("UNIT");
    const actor = await resolveSession(sid, at(1));
    expect(actor?.role).toBe("UNIT");
    expect(actor?.unitId).toBe(user.unitId);
  });
});
