import "server-only";
// What a caller tells writeAudit, checked at run time: a malformed entry must fail the write
// (and so roll back the change it describes) rather than leave a useless row.
import { z } from "zod";
import { AuditResult, Role } from "@/lib/generated/prisma/client";

/** Action names in use; other "noun.verb[.detail]" names (e.g. a server action's name) are accepted too. */
export const AUDIT_ACTIONS = {
  signIn: "auth.signin",
  signInFailed: "auth.signin.failed",
  signOut: "auth.signout",
  exportRoster: "export.roster",
  printLrmx: "print.lrmx",
  revealIdNumber: "reveal.idNumber",
  /** requirePermission refused a page (the user saw 404). */
  pageDenied: "page.denied",
  /** a record outside the actor's scope, recused, or nonexistent (the user saw 404). */
  readDenied: "read.denied",
  /** the auditor's own use of the log */
  auditSearch: "audit.search",
  exportAudit: "export.audit",
  /** npm run audit:anchor: the row the new anchor then covers */
  auditAnchor: "audit.anchor",
} as const;

// Attempted usernames on failed sign-ins are attacker-controlled: keep them short.
const text = (max: number) =>
  z
    .string()
    .transform((s) => s.slice(0, max))
    .nullish()
    .transform((s) => s ?? null);

export const auditActorSchema = z.object({
  id: text(64),
  username: text(64),
  role: z
    .enum(Role)
    .nullish()
    .transform((r) => r ?? null),
});

export const auditEntrySchema = z.object({
  /** null for events without a user (e.g. a sign-in attempt for an unknown account). */
  actor: auditActorSchema.nullable(),
  ip: text(64),
  action: z
    .string()
    .max(100)
    .regex(/^[a-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/, "action must look like noun.verb"),
  objectType: text(64),
  objectId: text(128),
  result: z.enum(AuditResult),
  /** Usually auditDiff(before, after); sanitized again by writeAudit whatever it is. */
  diff: z.unknown().optional(),
  /** The id shown to the user with a generic error, to find this row again. */
  referenceId: text(64),
  /** Context, usually from auditBy(actor); a caller without an actor may pass userAgent/ip. */
  unitId: text(64),
  /** auditSessionHash(sessionId) — never the session id itself. */
  sessionHash: z
    .string()
    .regex(/^[0-9a-f]{8,64}$/, "sessionHash must be a hex hash, not a session id")
    .nullish()
    .transform((s) => s ?? null),
  requestId: text(64),
  userAgent: text(300),
});

export type AuditEntry = z.input<typeof auditEntrySchema>;
export type AuditActor = z.input<typeof auditActorSchema>;
