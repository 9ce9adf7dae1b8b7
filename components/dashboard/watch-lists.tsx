import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { WatchItem, WatchList } from "@/lib/dashboard/model";

/** Rows shown before "展开" (the list itself holds at most WATCH_SHOWN). */
const SHOWN_FIRST = 8;

/** One reminder list (rotations, training, reviews), or why it is empty. */
export function WatchListCard({
  title,
  list,
  rulesHint,
  profileName,
  testId,
}: {
  title: string;
  list: WatchList;
  rulesHint: string;
  profileName: string;
  testId: string;
}) {
  return (
    <Card title={`${title}${list.enabled ? `（${list.total}）` : ""}`} className="break-inside-avoid">
      <div data-testid={testId}>
        {!list.enabled ? (
          <p className="text-sm text-slate-600">
            当前政策配置（{profileName}）未启用 {rulesHint}，无此项提醒。
          </p>
        ) : list.items.length === 0 ? (
          <p className="text-sm text-slate-600">无到期或即将到期事项。</p>
        ) : (
          <>
            <WatchTable title={title} items={list.items.slice(0, SHOWN_FIRST)} />
            {list.items.length > SHOWN_FIRST ? (
              <details className="mt-2">
                <summary className="no-print cursor-pointer text-sm text-brand-700">
                  展开其余 {list.items.length - SHOWN_FIRST} 项
                </summary>
                <WatchTable title={`${title}（续）`} items={list.items.slice(SHOWN_FIRST)} />
              </details>
            ) : null}
            {list.total > list.items.length ? (
              <p className="mt-2 text-xs text-slate-500">
                共 {list.total} 项，列出前 {list.items.length} 项。
              </p>
            ) : null}
          </>
        )}
      </div>
    </Card>
  );
}

function WatchTable({ title, items }: { title: string; items: WatchItem[] }) {
  return (
    <Table aria-label={title}>
      <thead>
        <tr>
          <Th>姓名</Th>
          <Th>单位/层级</Th>
          <Th>到期日</Th>
          <Th>状态</Th>
          <Th>说明</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <Td className="whitespace-nowrap">{i.who}</Td>
            <Td className="whitespace-nowrap">{i.where}</Td>
            <Td className="whitespace-nowrap tabular-nums">{i.dueOn}</Td>
            <Td className="whitespace-nowrap">
              {i.status === "DUE" ? <Badge tone="bad">✕ 已到期</Badge> : <Badge tone="warn">▲ 即将到期</Badge>}
            </Td>
            <Td className="text-xs text-slate-600">
              <span className="font-mono">{i.ruleId}</span> {i.message}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
