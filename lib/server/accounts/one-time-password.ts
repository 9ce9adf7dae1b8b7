import "server-only";
// The one-time passwords the system issues to an account's holder (at creation, at a password
// reset, and for the first administrators from the command line). No administrator types or
// chooses one; the holder must replace it at the first sign-in, within 72 hours.
import { randomInt } from "node:crypto";
import { passwordProblems } from "@/lib/auth/password-policy";
import { oneTimePasswordValidUntil } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/server/auth/passwords";

// No look-alike characters (0/O, 1/l/I): the password is read off paper or a terminal and typed.
const ALPHABETS = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "@#%+=?"];

export function oneTimePassword(length = 16): string {
  const all = ALPHABETS.join("");
  const chars = ALPHABETS.map((a) => a[randomInt(a.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join("");
}

/** What the printed 开户通知 / 密码重置通知 shows, once. */
export interface IssuedPassword {
  username: string;
  displayName: string;
  oneTimePassword: string;
  issuedAt: Date;
  validUntil: Date;
}

/** A one-time password the policy accepts for `username`, and its hash to store. */
export async function issueOneTimePassword(
  username: string,
  now: Date,
): Promise<{ plain: string; hash: string; issuedAt: Date; validUntil: Date }> {
  let plain = oneTimePassword();
  while (passwordProblems(plain, username).length) plain = oneTimePassword();
  return { plain, hash: await hashPassword(plain), issuedAt: now, validUntil: oneTimePasswordValidUntil(now) };
}
