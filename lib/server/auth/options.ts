import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { GENERIC_ERROR, newReferenceId } from "@/lib/errors/user-facing";
import { requestIp } from "@/lib/auth/request-ip";
import { ABSOLUTE_TIMEOUT_MS } from "@/lib/auth/session-policy";
import { revokeSession } from "./sessions";
import { signIn } from "./sign-in";

export const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;

// next-auth (credentials) issues the signed, HttpOnly session cookie; the JWT carries only the
// id of an AuthSession row, which lib/server/auth/sessions.ts checks on every request.
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  useSecureCookies: secureCookies,
  // Both: next-auth v4 takes the cookie's lifetime from session.maxAge but the JWT's own `exp`
  // from jwt.maxAge, which defaults to 30 days whatever session.maxAge says.
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  jwt: { maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: {}, password: {}, totp: {} },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string>;
        let result: Awaited<ReturnType<typeof signIn>>;
        try {
          result = await signIn({
            username: String(credentials?.username ?? ""),
            password: String(credentials?.password ?? ""),
            totp: credentials?.totp ? String(credentials.totp) : undefined,
            ip: requestIp(headers),
            userAgent: headers["user-agent"] ?? null,
            now: new Date(),
          });
        } catch (e) {
          // next-auth shows a thrown error's message on the sign-in form: never a database
          // error's text (e.g. while PostgreSQL is down) — the generic message and a reference.
          const ref = newReferenceId();
          console.error(`[miaopu] sign-in failed unexpectedly, reference ${ref}:`, e);
          throw new Error(`${GENERIC_ERROR}（参考编号：${ref}）`);
        }
        // next-auth passes the message of a thrown error to the client as `error`.
        if (!result.ok) throw new Error(result.message);
        return { id: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sid = user.id;
      return token;
    },
    session({ session }) {
      // Nothing about the user goes to the browser through next-auth; pages render it.
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      const sid = typeof token?.sid === "string" ? token.sid : null;
      if (!sid) return;
      const s = await prisma.authSession.findUnique({ where: { id: sid }, include: { user: true } });
      await revokeSession(sid, new Date());
      if (s) {
        await writeAuditStandalone({
          actor: { id: s.user.id, username: s.user.username, role: s.user.role },
          ip: null,
          action: "auth.signout",
          objectType: "AuthSession",
          objectId: sid,
          result: "SUCCESS",
        });
      }
    },
  },
};
