import "server-only";
// The last 5 passwords (the current one and 4 earlier ones) cannot be used again. User.passwordHistory
// holds the argon2 hashes of the earlier ones, newest first; the current one is passwordHash.
import type { User } from "@/lib/generated/prisma/client";
import { verifyPassword } from "./passwords";

export const PASSWORD_HISTORY_SIZE = 5;
export const PASSWORD_REUSED = `新密码不能与最近 ${PASSWORD_HISTORY_SIZE} 次使用过的密码相同`;

type WithHistory = Pick<User, "passwordHash" | "passwordHistory">;

/** The history to store beside a new password: the outgoing one first, 4 earlier ones at most. */
export function rememberPassword(user: WithHistory): string[] {
  return [user.passwordHash, ...user.passwordHistory].slice(0, PASSWORD_HISTORY_SIZE - 1);
}

/** True when `plain` is the current password or one of the 4 before it. */
export async function isRecentPassword(user: WithHistory, plain: string): Promise<boolean> {
  const hashes = [user.passwordHash, ...user.passwordHistory].slice(0, PASSWORD_HISTORY_SIZE);
  for (const h of hashes) if (await verifyPassword(h, plain)) return true;
  return false;
}
