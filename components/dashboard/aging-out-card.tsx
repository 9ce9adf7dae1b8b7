import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { PoolView } from "@/lib/dashboard/model";

/** Members already over, or passing within 12 months, the age limit of their tier (agingOut). */
export function AgingOutCard({ items, total }: { items: PoolView["agingOut"]; total: number }) {
  return (
    <Card title={`12个月内超出层级年龄上限的在库干部（${total}）`} className="break-inside-avoid">
      <div data-testid="aging-out">
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">无。</p>
        ) : (
          <Table aria-label="12个月内超出层级年龄上限的在库干部">
            <thead>
              <tr>
                <Th>姓名</Th>
                <Th>层级</Th>
                <Th className="text-right">年龄上限</Th>
                <Th>超出上限之日</Th>
                <Th>状态</Th>
                <Th>规则</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.entryId}>
                  <Td className="whitespace-nowrap">{a.name}</Td>
                  <Td>{a.tier}</Td>
                  <Td className="text-right tabular-nums">{a.maxAge}岁</Td>
                  <Td className="tabular-nums">{a.exceedsOn}</Td>
                  <Td>{a.alreadyOver ? <Badge tone="bad">✕ 已超龄</Badge> : <Badge tone="warn">▲ 即将超龄</Badge>}</Td>
                  <Td className="font-mono text-xs">{a.ruleId}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </Card>
  );
}
