// The district's staffing targets before → after the plan; the rows the plan changes are
// highlighted (and marked 有变化, not by colour alone) with who starts or stops counting.
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { targetStatusLabel, targetStatusTone } from "@/lib/labels";
import type { TargetChange, TargetSide } from "@/lib/staffing-plans/target-changes";

function SideCell({ s }: { s: TargetSide }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span className="tabular-nums">{s.count}</span>
      <Badge tone={targetStatusTone[s.status]}>{targetStatusLabel[s.status]}</Badge>
    </span>
  );
}

export function TargetChangesTable({
  targets,
  names,
  onlyChanged = false,
}: {
  targets: TargetChange[];
  names: Record<string, string>;
  onlyChanged?: boolean;
}) {
  const rows = onlyChanged ? targets.filter((t) => t.changed) : targets;
  if (rows.length === 0) return <p className="text-sm text-slate-600">各项配备目标均无变化。</p>;
  return (
    <Table aria-label="配备目标调配前后">
      <thead>
        <tr>
          <Th className="w-40">规则</Th>
          <Th>目标</Th>
          <Th className="w-28">要求</Th>
          <Th className="w-32">调配前</Th>
          <Th className="w-32">调配后</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr
            key={t.key}
            className={t.changed ? "bg-amber-50" : undefined}
            data-testid={t.changed ? "target-changed" : "target-row"}
            data-key={t.key}
          >
            <Td className="font-mono text-xs">
              {t.ruleId}
              {t.changed ? (
                <span className="ml-1">
                  <Badge tone="warn">有变化</Badge>
                </span>
              ) : null}
            </Td>
            <Td>
              {t.label}
              {t.changed && (t.gained.length || t.lost.length) ? (
                <p className="text-xs text-slate-600">
                  {t.gained.length ? `新增计入：${t.gained.map((id) => names[id] ?? "（未显示）").join("、")}` : ""}
                  {t.gained.length && t.lost.length ? "；" : ""}
                  {t.lost.length ? `不再计入：${t.lost.map((id) => names[id] ?? "（未显示）").join("、")}` : ""}
                </p>
              ) : null}
            </Td>
            <Td className="text-xs">{t.target.description}</Td>
            <Td>
              <SideCell s={t.before} />
            </Td>
            <Td data-testid="target-after">
              <SideCell s={t.after} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
