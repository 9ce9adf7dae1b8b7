import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import { auditResultLabel, roleLabel } from "@/lib/labels";
import type { AuditLogRow } from "@/lib/server/audit-log/search-audit-log";

const TONE = { SUCCESS: "ok", DENIED: "bad", FAILURE: "warn" } as const;

const short = (s: string | null, n: number) => (s ? (s.length > n ? `${s.slice(0, n)}…` : s) : "—");

/** The shortened value, linking to every row of that session or request (exact match). */
function follow(key: "sessionHash" | "requestId", value: string | null) {
  if (!value) return "—";
  return (
    <a className="text-sky-700 hover:underline" href={`/audit?${new URLSearchParams({ [key]: value })}`}>
      {short(value, 8)}
    </a>
  );
}

/** unitNames: the name of each row's unit (unitId → 名称), for the 单位 column. */
export function AuditTable({ rows, unitNames = {} }: { rows: AuditLogRow[]; unitNames?: Record<string, string> }) {
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
          <Th>单位</Th>
          <Th>IP</Th>
          <Th>会话</Th>
          <Th>请求编号</Th>
          <Th>浏览器</Th>
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
            <Td className="text-xs">{r.unitId ? (unitNames[r.unitId] ?? r.unitId) : "—"}</Td>
            <Td className="tabular-nums">{r.ip ?? "—"}</Td>
            <Td className="font-mono text-xs" title={r.sessionHash ?? undefined}>
              {follow("sessionHash", r.sessionHash)}
            </Td>
            <Td className="font-mono text-xs" title={r.requestId ?? undefined}>
              {follow("requestId", r.requestId)}
            </Td>
            <Td className="max-w-40 truncate text-xs text-slate-600" title={r.userAgent ?? undefined}>
              {short(r.userAgent, 40)}
            </Td>
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
