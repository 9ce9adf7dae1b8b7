import type { AuditChange } from "@/lib/server/audit-log/readable-rows";

/** 变更内容: one line per field, "字段：旧值 → 新值" (or "字段：值" for a word the writer added). */
export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {changes.map((c) => (
        <li key={c.field} title={c.field}>
          <span className="text-slate-500">{c.label}：</span>
          {c.value !== undefined ? (
            c.value
          ) : (
            <>
              <span className="text-slate-500 line-through decoration-slate-300">{c.from}</span>
              <span aria-hidden> → </span>
              <span className="sr-only">改为</span>
              {c.to}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
