// The 讨论任免名单 on screen: one row per candidate with what is proposed, the links to the
// candidate's 任免审批表, 纪实表 and nomination, and — once the meeting is recorded — the tally
// and the result (citing NAT-VOTE).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { MeetingItemResult } from "@/lib/domain/enums";
import { meetingItemResultLabel } from "@/lib/labels";
import type { DocketLine } from "@/lib/meetings/docket";

export interface DocketItem {
  line: DocketLine;
  result: MeetingItemResult;
  tally: string | null;
  resultNote: string | null;
}

const TONE = { PENDING: "neutral", PASSED: "ok", NOT_PASSED: "bad", NO_QUORUM: "warn" } as const;

export function DocketTable({ items, canPrint }: { items: DocketItem[]; canPrint: boolean }) {
  return (
    <Table data-testid="docket">
      <thead>
        <tr>
          <Th>序号</Th>
          <Th>姓名</Th>
          <Th>单位及现任职务</Th>
          <Th>拟任</Th>
          <Th>拟免</Th>
          <Th>表决结果</Th>
          <Th>材料</Th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ line: l, result, tally, resultNote }, i) => (
          <tr key={l.nominationId} data-testid="docket-row">
            <Td>{i + 1}</Td>
            <Td>
              {l.name}
              <span className="ml-1 text-xs text-slate-500">
                {l.gender} {l.birth}
              </span>
            </Td>
            <Td>
              {l.unit}
              {l.currentPost ? `，${l.currentPost}` : ""}
            </Td>
            <Td>{l.proposedPost}</Td>
            <Td>{l.proposedRemoval || "—"}</Td>
            <Td>
              <Badge tone={TONE[result]} data-testid="item-result">
                {meetingItemResultLabel[result]}
              </Badge>
              {tally ? <p className="mt-1 text-xs text-slate-600">{tally}</p> : null}
              {resultNote && result !== "PASSED" ? <p className="mt-1 text-xs text-rose-700">{resultNote}</p> : null}
            </Td>
            <Td className="space-x-2 whitespace-nowrap">
              {canPrint ? (
                <a className="text-brand-700 hover:underline" href={`/cadres/print?ids=${l.cadreId}`}>
                  任免审批表
                </a>
              ) : null}
              <Link className="text-brand-700 hover:underline" href={`/nominations/${l.nominationId}/record`}>
                纪实表
              </Link>
              <Link className="text-brand-700 hover:underline" href={`/nominations/${l.nominationId}`}>
                推荐详情
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
