import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import { auditResultLabel, roleLabel } from "@/lib/labels";
import type { AuditLogRow } from "@/lib/server/audit-log/search-audit-log";

const TONE = { SUCCESS: "ok", DENIED: "bad", FAILURE: "warn" } as const;

export function AuditTable({ rows }: { rows: AuditLogRow[] }) {
  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">没有符合条件的审计记录。</p>
    );
  return (
    <Table aria-label="审计日志">
      <thead>
        <tr>
          <Th>序号</Th>
          <Th>时间</Th>
          <Th>用户</Th>
          <Th>角色</Th>
          <Th>IP</Th>
          <Th>操作</Th>
          <Th>对象</Th>
          <Th>结果</Th>
          <Th>变更内容</Th>
        </tr>
      </thead>
      <tbody className="bg-white">
        {rows.map((r) => (
          <tr key={r.id.toString()} data-testid="audit-row">
            <Td className="tabular-nums text-slate-500">{r.id.toString()}</Td>
            <Td className="whitespace-nowrap tabular-nums">{formatDateTime(r.occurredAt, { seconds: true })}</Td>
            <Td>{r.username ?? "—"}</Td>
            <Td>{r.role ? roleLabel[r.role] : "—"}</Td>
            <Td className="tabular-nums">{r.ip ?? "—"}</Td>
            <Td>
              <code className="text-xs">{r.action}</code>
            </Td>
            <Td className="text-xs">{r.objectType ? `${r.objectType} ${r.objectId ?? ""}` : "—"}</Td>
            <Td>
              <Badge tone={TONE[r.result]}>{auditResultLabel[r.result]}</Badge>
            </Td>
            <Td className="max-w-md break-all text-xs text-slate-600">{r.diff ? JSON.stringify(r.diff) : ""}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
