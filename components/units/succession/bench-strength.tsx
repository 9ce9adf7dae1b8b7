// 后备力量: per key post kind and per unit, how many key posts have no ready successor
// (近期可提拔 and not ineligible for the post).
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { KeyPostKind } from "@/lib/domain/enums";
import { keyPostKindLabel } from "@/lib/labels";

interface Figure {
  posts: number;
  uncovered: number;
}

function Covered({ f }: { f: Figure }) {
  return f.uncovered === 0 ? (
    <Badge tone="ok">✓ 均有</Badge>
  ) : (
    <Badge tone="warn">! {f.uncovered} 个无近期可用人选</Badge>
  );
}

export function BenchStrength({
  byKind,
  byUnit,
}: {
  byKind: Partial<Record<KeyPostKind, Figure>>;
  byUnit: { unitId: string; unitName: string; figure: Figure }[];
}) {
  const thin = byUnit.filter((u) => u.figure.uncovered > 0);
  return (
    <div className="mb-4 grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card title="后备力量（按岗位类别）">
        <Table aria-label="按岗位类别的后备力量" data-testid="bench-by-kind">
          <thead>
            <tr>
              <Th>岗位类别</Th>
              <Th className="text-right">关键岗位</Th>
              <Th className="text-right">无近期可提拔人选</Th>
              <Th>情况</Th>
            </tr>
          </thead>
          <tbody>
            {(Object.entries(byKind) as [KeyPostKind, Figure][]).map(([k, f]) => (
              <tr key={k}>
                <Td>{keyPostKindLabel[k]}</Td>
                <Td className="text-right tabular-nums">{f.posts}</Td>
                <Td className="text-right tabular-nums">{f.uncovered}</Td>
                <Td>
                  <Covered f={f} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card title={`后备力量薄弱的单位（${thin.length} 个）`}>
        {thin.length === 0 ? (
          <p className="text-sm text-slate-600">所有单位的关键岗位均有近期可提拔人选。</p>
        ) : (
          <ul className="max-h-56 overflow-y-auto text-sm" data-testid="bench-by-unit">
            {thin.map((u) => (
              <li key={u.unitId} className="flex justify-between border-b border-slate-100 py-1">
                <span>{u.unitName}</span>
                <span className="tabular-nums text-slate-600">
                  {u.figure.uncovered} / {u.figure.posts} 个关键岗位无近期可提拔人选
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
