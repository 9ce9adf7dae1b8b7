// An ORG account with an enrolled second factor and a real session row, as the step-up and
// the full-number exports need them (they read AuthSession.stepUpAt, never the actor's copy).
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { newTotpSecret, totpCode } from "@/lib/server/auth/totp";
import { encryptTotpSecret } from "@/lib/server/auth/totp-secret";
import { prisma } from "@/lib/server/db";
import { actorOf, createTestUser } from "./users";

export async function createSessionActor(
  role: Role = "ORG_STAFF",
  opts: { enrolled?: boolean; clearance?: "GENERAL" | "SENSITIVE" | "HIGHLY_SENSITIVE" } = {},
): Promise<{ actor: Actor; secret: string; userId: string }> {
  const secret = newTotpSecret();
  const user = await createTestUser(role, {
    totpSecretCipher: opts.enrolled === false ? undefined : encryptTotpSecret(secret),
    clearance: opts.clearance,
  });
  const session = await prisma.authSession.create({
    data: { userId: user.id, epoch: user.sessionEpoch, role, createdAt: new Date(), lastSeenAt: new Date() },
  });
  return { actor: actorOf(user, { sessionId: session.id }), secret, userId: user.id };
}

/** The code valid at `at`. */
export const codeAt = (secret: string, at: Date) => totpCode(secret, at);

/** For tests about something else than the step-up itself: mark the session as stepped up at `at`. */
export async function markSteppedUp(actor: Actor, at: Date = new Date()): Promise<void> {
  await prisma.authSession.update({ where: { id: actor.sessionId }, data: { stepUpAt: at } });
}
