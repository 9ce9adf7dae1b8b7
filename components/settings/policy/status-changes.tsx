// How the dashboard's target statuses would change under another profile: counts before and
// after, and each row whose status or target changes. No hooks: used by server and client.
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { targetStatusLabel, targetStatusTone } from "@/lib/labels";
import type { TargetStatus } from "@/lib/rules";
import type { ActivationPreview, TargetStatusRow } from "@/lib/server/policy/target-statuses";

const ORDER: TargetStatus[] = ["MET", "AT_RISK", "NOT_MET", "INFO"];

function Status({ row }: { row: TargetStatusRow | null }) {
  if (!row) return <span className="text-slate-500">（不适用）</span>;
  return (
    <span>
      <Badge tone={targetStatusTone[row.status]}>{targetStatusLabel[row.status]}</Badge>
      <span className="ml-2 text-xs text-slate-600">{row.target}</span>
    </span>
  );
}

export function StatusChanges({ preview }: { preview: ActivationPreview }) {
  return (
    <div data-testid="status-preview">
      <p className="mb-2 text-sm text-slate-700">
        启用后各项目标状态：
        {ORDER.map((s) => (
          <span key={s} className="mr-3" data-testid={`preview-count-${s}`}>
            {targetStatusLabel[s]} {preview.before[s]} → <strong>{preview.after[s]}</strong>
          </span>
        ))}
      </p>
      {preview.changes.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="preview-no-change">
          各项目标的状态和要求均不变。
        </p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>规则</Th>
              <Th>目标</Th>
              <Th>当前</Th>
              <Th>启用后</Th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((c) => (
              <tr key={c.key} data-testid="status-change">
                <Td className="whitespace-nowrap font-mono text-xs">{c.ruleId}</Td>
                <Td>{c.label}</Td>
                <Td>
                  <Status row={c.before} />
                </Td>
                <Td>
                  <Status row={c.after} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
