import "server-only";
import type { AuditLog, Prisma } from "@/lib/generated/prisma/client";
import type { AuditSearch } from "@/lib/validation/audit-search";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";

/** One row of the audit log as the audit page shows it. */
export type AuditLogRow = AuditLog;

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;

// Dates in the form are China calendar days; the log stores UTC instants.
const chinaDayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

export function auditWhere(f: AuditSearch): Prisma.AuditLogWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (f.from) occurredAt.gte = chinaDayStart(f.from);
  if (f.to) occurredAt.lt = new Date(chinaDayStart(f.to).getTime() + 86_400_000);
  return {
    ...(f.from || f.to ? { occurredAt } : {}),
    ...(f.username ? { username: { contains: f.username, mode: "insensitive" } } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.objectType ? { objectType: f.objectType } : {}),
    ...(f.objectId ? { objectId: f.objectId } : {}),
    ...(f.result ? { result: f.result } : {}),
  };
}

/** One page of the audit log, newest first; only the auditor role may read it. */
export async function searchAuditLog(actor: Actor, f: AuditSearch) {
  assertCan(actor, "audit", "read");
  const where = auditWhere(f);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, rows, pageSize: AUDIT_PAGE_SIZE };
}

export async function exportAuditRows(actor: Actor, f: AuditSearch) {
  assertCan(actor, "audit", "export");
  return prisma.auditLog.findMany({ where: auditWhere(f), orderBy: { id: "desc" }, take: AUDIT_EXPORT_LIMIT });
}
