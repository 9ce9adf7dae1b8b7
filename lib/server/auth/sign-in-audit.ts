import "server-only";
// The audit rows of the sign-in path. A failed attempt names the account when there is one;
// the username typed for no account (often a password typed into the wrong field) is stored
// only as a keyed hash, so attempts on one name can still be told apart and counted.
import type { User } from "@/lib/generated/prisma/client";
import { writeAuditStandalone } from "@/lib/server/audit";
import { typedUsernameHash } from "./keyed-hash";

export type SignInAccount = Pick<User, "id" | "username" | "role">;

export interface SignInFailure {
  user: SignInAccount | null;
  typedUsername: string;
  ip: string | null;
  userAgent: string | null;
  reason: string;
  detail?: Record<string, string | number | boolean>;
}

export async function auditSignInFailure(f: SignInFailure): Promise<void> {
  await writeAuditStandalone({
    actor: f.user ? { id: f.user.id, username: f.user.username, role: f.user.role } : null,
    ip: f.ip,
    userAgent: f.userAgent,
    action: "auth.signin.failed",
    objectType: "User",
    objectId: f.user?.id ?? null,
    result: "FAILURE",
    diff: { reason: f.reason, username: f.user ? f.user.username : typedUsernameHash(f.typedUsername), ...f.detail },
  });
}
