import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReadableAuditRow } from "@/lib/server/audit-log/readable-rows";
import { AuditChanges } from "./audit-changes";

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

/** 对象: its kind and, when it has one, its name; the id in the title (and in the export). */
function objectCell(r: ReadableAuditRow) {
  if (!r.objectType) return "—";
  const name = r.objectName ?? (r.objectType === "Page" ? r.objectId : null);
  return (
    <span title={r.objectId ?? undefined}>
      <span className="text-slate-500">{r.objectLabel}</span> {name ?? short(r.objectId, 10)}
    </span>
  );
}

export function AuditTable({ rows }: { rows: ReadableAuditRow[] }) {
  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">没有符合条件的审计记录。</p>
    );
  return (
    <Table aria-label="审计日志">
      <thead>
        <tr>
          <Th>序号</Th>
          <Th>时间（北京时间）</Th>
          <Th>用户</Th>
          <Th>角色</Th>
          <Th>单位</Th>
          <Th>IP 地址</Th>
          <Th>操作</Th>
          <Th>对象</Th>
          <Th>结果</Th>
          <Th>变更内容</Th>
          <Th>会话</Th>
          <Th>请求编号</Th>
          <Th>浏览器</Th>
        </tr>
      </thead>
      <tbody className="bg-white">
        {rows.map((r) => (
          <tr key={r.id} data-testid="audit-row">
            <Td className="tabular-nums text-slate-500">{r.id}</Td>
            <Td className="whitespace-nowrap tabular-nums">{r.time}</Td>
            <Td>{r.username || "—"}</Td>
            <Td className="whitespace-nowrap">{r.role || "—"}</Td>
            <Td className="text-xs">{r.unit || "—"}</Td>
            <Td className="tabular-nums">{r.ip || "—"}</Td>
            <Td className="whitespace-nowrap" title={r.action}>
              {r.actionLabel}
            </Td>
            <Td className="text-xs">{objectCell(r)}</Td>
            <Td>
              <Badge tone={TONE[r.result]}>{r.resultLabel}</Badge>
            </Td>
            <Td className="max-w-md text-xs break-all text-slate-700">
              <AuditChanges changes={r.changes} />
            </Td>
            <Td className="font-mono text-xs" title={r.sessionHash ?? undefined}>
              {follow("sessionHash", r.sessionHash)}
            </Td>
            <Td className="font-mono text-xs" title={r.requestId ?? undefined}>
              {follow("requestId", r.requestId)}
            </Td>
            <Td className="max-w-40 truncate text-xs text-slate-600" title={r.userAgent ?? undefined}>
              {short(r.userAgent, 40)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
