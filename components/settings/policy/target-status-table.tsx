import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { targetStatusLabel, targetStatusTone } from "@/lib/labels";
import type { TargetStatusRow } from "@/lib/server/policy/target-statuses";

/** The targets the active profile sets and where the district stands (live figures). */
export function TargetStatusTable({ rows }: { rows: TargetStatusRow[] }) {
  return (
    <Table data-testid="target-statuses">
      <thead>
        <tr>
          <Th>规则</Th>
          <Th>目标</Th>
          <Th>要求</Th>
          <Th className="text-right">现有</Th>
          <Th>状态</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid={`target-${r.key}`}>
            <Td className="whitespace-nowrap font-mono text-xs">{r.ruleId}</Td>
            <Td>{r.label}</Td>
            <Td className="text-xs text-slate-600">{r.target}</Td>
            <Td className="text-right tabular-nums">{r.actual}</Td>
            <Td>
              <Badge tone={targetStatusTone[r.status]}>{targetStatusLabel[r.status]}</Badge>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
