import "server-only";
// Builds the conflict shown after a stale save, from the audit rows of the saves the user
// missed (every write records its diff), newest value of each field last.
import {
  displayValue,
  isBlank,
  mergeDiffs,
  missedSaves,
  type ConflictChange,
  type ConflictInfo,
} from "@/lib/cadres/conflict";
import { formatDateTime } from "@/lib/format/dates";
import { prisma } from "@/lib/server/db";

/** A field's stored value as the user reads it: an enum's label, a unit's name (may look it up). */
export type Formatter = (v: unknown) => string | Promise<string>;

/** A formatter from a lib/labels map; an unknown value is shown as stored. */
export const labelFormat =
  (map: Record<string, string>): Formatter =>
  (v) =>
    v === null || v === undefined ? "" : (map[String(v)] ?? String(v));

export async function describeConflict(opts: {
  objectType: string;
  objectId: string;
  /**
   * The audit actions that change this record. Other rows on the same object (printing the
   * 任免审批表, revealing the 身份证号, an LRMX export) are not saves and must not be blamed.
   */
  actions: readonly string[];
  expectedVersion: number;
  currentVersion: number;
  labels: Record<string, string>;
  formats?: Record<string, Formatter>;
}): Promise<ConflictInfo> {
  const rows = await prisma.auditLog.findMany({
    where: {
      objectType: opts.objectType,
      objectId: opts.objectId,
      result: "SUCCESS",
      action: { in: [...opts.actions] },
    },
    orderBy: { id: "desc" },
    take: missedSaves(opts.expectedVersion, opts.currentVersion),
    select: { username: true, occurredAt: true, diff: true },
  });
  const show = async (v: unknown, format?: Formatter) => (format && !isBlank(v) ? format(v) : displayValue(v));
  const changes: ConflictChange[] = await Promise.all(
    [...mergeDiffs(rows.map((r) => r.diff)).entries()]
      .filter(([field]) => field in opts.labels)
      .map(async ([field, d]) => ({
        field,
        label: opts.labels[field],
        from: await show(d.from, opts.formats?.[field]),
        to: await show(d.to, opts.formats?.[field]),
      })),
  );
  const last = rows[0];
  const by = last?.username ?? null;
  const at = last ? formatDateTime(last.occurredAt) : null;
  return {
    message: `保存未成功：在您编辑期间，${by ?? "其他用户"}${at ? `于${at}` : ""}已修改并保存了这条记录。您填写的内容仍保留在表单中，请核对对方的修改后决定是否覆盖保存。`,
    by,
    at,
    changes,
    currentVersion: opts.currentVersion,
  };
}
