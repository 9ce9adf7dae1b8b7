import "server-only";
// Builds the conflict shown after a stale save, from the audit rows of the saves the user
// missed (every write records its diff), newest value of each field last.
import type { ConflictChange, ConflictInfo } from "@/lib/cadres/conflict";
import { formatDate } from "@/lib/format/dates";
import { prisma } from "@/lib/server/db";

type Formatter = (v: unknown) => string;

function display(v: unknown, format?: Formatter): string {
  if (v === null || v === undefined || v === "") return "（空）";
  if (format) return format(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDate(new Date(v));
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return v.join("、");
  return String(v);
}

export async function describeConflict(opts: {
  objectType: string;
  objectId: string;
  expectedVersion: number;
  currentVersion: number;
  labels: Record<string, string>;
  formats?: Record<string, Formatter>;
}): Promise<ConflictInfo> {
  const missed = Math.max(1, opts.currentVersion - opts.expectedVersion);
  const rows = await prisma.auditLog.findMany({
    where: { objectType: opts.objectType, objectId: opts.objectId, result: "SUCCESS" },
    orderBy: { id: "desc" },
    take: missed,
    select: { username: true, occurredAt: true, diff: true },
  });
  const merged = new Map<string, { from: unknown; to: unknown }>();
  for (const r of [...rows].reverse()) {
    for (const [field, d] of Object.entries((r.diff ?? {}) as Record<string, { from: unknown; to: unknown }>)) {
      const prev = merged.get(field);
      merged.set(field, { from: prev ? prev.from : d.from, to: d.to });
    }
  }
  const changes: ConflictChange[] = [...merged.entries()]
    .filter(([field]) => field in opts.labels)
    .map(([field, d]) => ({
      field, label: opts.labels[field], from: display(d.from, opts.formats?.[field]), to: display(d.to, opts.formats?.[field]),
    }));
  const last = rows[0];
  const by = last?.username ?? null;
  const at = last ? last.occurredAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : null;
  return {
    message: `保存未成功：在您编辑期间，${by ?? "其他用户"}${at ? `于${at}` : ""}已修改并保存了这条记录。您填写的内容仍保留在表单中，请核对对方的修改后决定是否覆盖保存。`,
    by, at, changes, currentVersion: opts.currentVersion,
  };
}
