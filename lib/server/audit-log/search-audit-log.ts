import "server-only";
import { likeLiteral } from "@/lib/server/search/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditSearch } from "@/lib/validation/audit-search";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { AUDIT_ACTIONS, auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { namedAuditActions } from "@/lib/audit/readable/action-label";
import { idsNamed } from "./object-name-filter";
import { readableAuditRows } from "./readable-rows";

const NAMED = new Set(namedAuditActions().map((a) => a.value));

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;

// Dates in the form are China calendar days; the log stores UTC instants.
const chinaDayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

/** The filters as a query; 涉及对象 (a name) is looked up first. */
async function auditWhere(f: AuditSearch): Promise<Prisma.AuditLogWhereInput> {
  const where = filterWhere(f);
  if (!f.objectName) return where;
  return { AND: [where, { objectId: { in: await idsNamed(f.objectName) } }] };
}

export function filterWhere(f: AuditSearch): Prisma.AuditLogWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (f.from) occurredAt.gte = chinaDayStart(f.from);
  if (f.to) occurredAt.lt = new Date(chinaDayStart(f.to).getTime() + 86_400_000);
  return {
    ...(f.from || f.to ? { occurredAt } : {}),
    ...(f.username ? { username: { contains: likeLiteral(f.username), mode: "insensitive" } } : {}),
    // A named action (the filter's list) exactly; anything typed by hand as a prefix ("account.").
    ...(f.action ? { action: NAMED.has(f.action) ? f.action : { startsWith: likeLiteral(f.action) } } : {}),
    ...(f.objectType ? { objectType: f.objectType } : {}),
    ...(f.objectId ? { objectId: f.objectId } : {}),
    ...(f.requestId ? { requestId: f.requestId } : {}),
    ...(f.sessionHash ? { sessionHash: f.sessionHash } : {}),
    ...(f.result ? { result: f.result } : {}),
  };
}

// The auditor's own use of the log is audited too (等保 2.0: 对审计进程进行保护): each search,
// with its filters and what it found, is a row that the next search shows.
async function recordAuditorUse(actor: Actor, action: string, f: AuditSearch, found: number) {
  await writeAuditStandalone({
    ...auditBy(actor),
    action,
    objectType: "AuditLog",
    objectId: null,
    result: "SUCCESS",
    diff: { filters: f, rows: found },
  });
}

/** One page of the audit log, newest first; only the auditor role may read it. Recorded. */
export async function searchAuditLog(actor: Actor, f: AuditSearch) {
  assertCan(actor, "audit", "read");
  const where = await auditWhere(f);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  await recordAuditorUse(actor, AUDIT_ACTIONS.auditSearch, f, total);
  return { total, rows: await readableAuditRows(rows), pageSize: AUDIT_PAGE_SIZE };
}

/** The rows of an export (at most AUDIT_EXPORT_LIMIT); the export is recorded with its count. */
export async function exportAuditRows(actor: Actor, f: AuditSearch) {
  assertCan(actor, "audit", "export");
  const rows = await prisma.auditLog.findMany({
    where: await auditWhere(f),
    orderBy: { id: "desc" },
    take: AUDIT_EXPORT_LIMIT,
  });
  await recordAuditorUse(actor, AUDIT_ACTIONS.exportAudit, f, rows.length);
  return readableAuditRows(rows);
}
