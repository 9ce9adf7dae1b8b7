import "server-only";
// Audit rows as the auditor reads them (issue 24 item 2): Chinese action and object names, the
// name of the cadre/account/unit concerned, changes field by field with Chinese labels and values,
// Beijing time, a plain IPv4 address. The page and its Excel export both show these.
import { auditActionLabel } from "@/lib/audit/readable/action-label";
import { fieldLabel, readableDiffKey } from "@/lib/audit/readable/field-label";
import { objectTypeLabel } from "@/lib/audit/readable/object-type-label";
import { auditValueText } from "@/lib/audit/readable/value-text";
import { formatDateTime } from "@/lib/format/dates";
import type { AuditLog } from "@/lib/generated/prisma/client";
import { auditResultLabel, roleLabel } from "@/lib/labels";
import { normalizeAddress } from "@/lib/net/client-address";
import { ID_FIELD_KIND, namesOf } from "./object-names";

export interface AuditChange {
  field: string;
  label: string;
  /** a change: before → after */
  from?: string;
  to?: string;
  /** a word the writer added (原因, 查询条件 …) */
  value?: string;
}

export interface ReadableAuditRow {
  id: string;
  time: string;
  username: string;
  role: string;
  unit: string;
  ip: string;
  action: string;
  actionLabel: string;
  objectType: string | null;
  objectLabel: string;
  objectId: string | null;
  /** the name of the record concerned, when it has one */
  objectName: string | null;
  result: AuditLog["result"];
  resultLabel: string;
  changes: AuditChange[];
  sessionHash: string | null;
  requestId: string | null;
  userAgent: string | null;
  referenceId: string | null;
  chainVersion: number;
  hash: string;
}

type Diff = Record<string, unknown>;

const isChange = (v: unknown): v is { from: unknown; to: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "from" in v && "to" in v;

function diffOf(r: AuditLog): Diff {
  return r.diff && typeof r.diff === "object" && !Array.isArray(r.diff) ? (r.diff as Diff) : {};
}

function wantedNames(rows: AuditLog[]): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  const want = (kind: string, id: unknown) => {
    if (typeof id !== "string" || !id) return;
    if (!wanted.has(kind)) wanted.set(kind, new Set());
    wanted.get(kind)!.add(id);
  };
  for (const r of rows) {
    if (r.objectType && r.objectId) want(r.objectType, r.objectId);
    if (r.unitId) want("Unit", r.unitId);
    for (const [k, v] of Object.entries(diffOf(r))) {
      const kind = ID_FIELD_KIND[k];
      if (!kind) continue;
      if (isChange(v)) {
        want(kind, v.from);
        want(kind, v.to);
      } else want(kind, v);
    }
  }
  return wanted;
}

function changesOf(r: AuditLog, names: Map<string, string>): AuditChange[] {
  const text = (field: string, v: unknown) => {
    const kind = ID_FIELD_KIND[field];
    const named = kind && typeof v === "string" ? names.get(`${kind}:${v}`) : undefined;
    return named ?? auditValueText(field, v);
  };
  return Object.entries(diffOf(r)).map(([key, v]) => {
    const field = readableDiffKey(r.action, key);
    return isChange(v)
      ? { field, label: fieldLabel(field), from: text(field, v.from), to: text(field, v.to) }
      : { field, label: fieldLabel(field), value: text(field, v) };
  });
}

/** The rows with every id named, in one query per kind of record for all of them. */
export async function readableAuditRows(rows: AuditLog[]): Promise<ReadableAuditRow[]> {
  const names = await namesOf(wantedNames(rows));
  return rows.map((r) => ({
    id: r.id.toString(),
    time: formatDateTime(r.occurredAt, { seconds: true }),
    username: r.username ?? "",
    role: r.role ? roleLabel[r.role] : "",
    unit: r.unitId ? (names.get(`Unit:${r.unitId}`) ?? r.unitId) : "",
    // Rows written before the server normalised addresses hold "::ffff:127.0.0.1".
    ip: normalizeAddress(r.ip) ?? r.ip ?? "",
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    objectType: r.objectType,
    objectLabel: objectTypeLabel(r.objectType),
    objectId: r.objectId,
    objectName: r.objectType && r.objectId ? (names.get(`${r.objectType}:${r.objectId}`) ?? null) : null,
    result: r.result,
    resultLabel: auditResultLabel[r.result],
    changes: changesOf(r, names),
    sessionHash: r.sessionHash,
    requestId: r.requestId,
    userAgent: r.userAgent,
    referenceId: r.referenceId,
    chainVersion: r.chainVersion,
    hash: r.hash,
  }));
}
