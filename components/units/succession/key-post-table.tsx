// The key posts with their holders, successor counts and the first successors (ready first);
// each post opens its own succession view with the verdicts.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { keyPostKindLabel, poolReadinessLabel, rankLabel, unitTypeLabel } from "@/lib/labels";
import type { KeyPostSuccession } from "@/lib/server/units/succession/successors";

const SHOWN = 3;

export function KeyPostTable({ posts, asOf }: { posts: KeyPostSuccession[]; asOf: string | null }) {
  return (
    <Table aria-label="关键岗位继任人选" data-testid="key-posts">
      <thead>
        <tr>
          <Th>单位</Th>
          <Th>关键岗位</Th>
          <Th>类别</Th>
          <Th>现任</Th>
          <Th className="text-right">人选</Th>
          <Th className="text-right">近期可提拔</Th>
          <Th>主要人选</Th>
        </tr>
      </thead>
      <tbody>
        {posts.map((p) => (
          <tr key={p.id} className="hover:bg-slate-50" data-testid="key-post-row">
            <Td>
              {p.unit.name}
              <span className="block text-xs text-slate-500">{unitTypeLabel[p.unit.type]}</span>
            </Td>
            <Td>
              <Link
                href={{ pathname: `/units/succession/${p.id}`, query: asOf ? { asOf } : {} }}
                className="font-medium text-brand-700 hover:underline"
              >
                {p.title}
              </Link>
              <span className="block text-xs text-slate-500">{rankLabel[p.rank]}</span>
            </Td>
            <Td>{p.kinds.map((k) => keyPostKindLabel[k]).join("、")}</Td>
            <Td>{p.holders.map((h) => h.name).join("、") || <Badge tone="warn">○ 空缺</Badge>}</Td>
            <Td className="text-right tabular-nums">{p.successors.length}</Td>
            <Td className="text-right">
              {p.readyCount > 0 ? (
                <span className="tabular-nums">{p.readyCount}</span>
              ) : (
                <Badge tone="warn">! 无</Badge>
              )}
            </Td>
            <Td className="text-sm">
              {p.successors.slice(0, SHOWN).map((s) => (
                <span key={s.entryId} className="mr-2 inline-block">
                  {s.name}
                  <span className="text-xs text-slate-500">
                    （{s.readiness ? poolReadinessLabel[s.readiness] : "未研判"}）
                  </span>
                </span>
              ))}
              {p.successors.length > SHOWN ? <span className="text-xs text-slate-500">等</span> : null}
            </Td>
          </tr>
        ))}
        {posts.length === 0 ? (
          <tr>
            <Td colSpan={7} className="text-center text-slate-500">
              没有符合条件的关键岗位
            </Td>
          </tr>
        ) : null}
      </tbody>
    </Table>
  );
}
