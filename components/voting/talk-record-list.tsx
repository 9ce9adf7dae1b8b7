// The 个别谈话 records of a session, for the department's staff: date, category, 谈话人, the
// recommendations, the 谈话要点, who entered it; voided ones stay listed, struck through, with
// the reason. While the session is open each kept record can be voided.
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { ballotChoiceLabel, voterCategoryLabel } from "@/lib/labels";
import type { BallotChoice } from "@/lib/voting/choices";
import { VoidTalkRecord } from "./void-talk-record";

export interface TalkRecordView {
  id: string;
  version: number;
  talkedOn: Date;
  category: keyof typeof voterCategoryLabel;
  interviewers: string | null;
  marks: Record<string, BallotChoice>;
  summary: string;
  createdBy: string;
  voided: { at: Date; by: string; reason: string } | null;
}

export function TalkRecordList(props: { records: TalkRecordView[]; names: Map<string, string>; canVoid: boolean }) {
  if (!props.records.length) return <p className="text-sm text-slate-500">尚未录入谈话记录。</p>;
  return (
    <Table data-testid="talk-records">
      <thead>
        <tr>
          <Th>谈话日期</Th>
          <Th>类别</Th>
          <Th>谈话人</Th>
          <Th>推荐意见</Th>
          <Th>谈话要点</Th>
          <Th>录入人</Th>
          <Th />
        </tr>
      </thead>
      <tbody>
        {props.records.map((r) => (
          <tr key={r.id} data-testid="talk-record" className={r.voided ? "text-slate-400" : ""}>
            <Td>{formatDate(r.talkedOn)}</Td>
            <Td>{voterCategoryLabel[r.category]}</Td>
            <Td>{r.interviewers ?? "—"}</Td>
            <Td>
              {Object.entries(r.marks)
                .map(([id, c]) => `${props.names.get(id) ?? "?"}：${ballotChoiceLabel[c]}`)
                .join("；") || "未推荐（无效）"}
            </Td>
            <Td className="max-w-64 whitespace-pre-wrap">{r.summary}</Td>
            <Td>{r.createdBy}</Td>
            <Td>
              {r.voided ? (
                <span data-testid="talk-voided">
                  已作废（{formatDateTime(r.voided.at)}，{r.voided.by}）：{r.voided.reason}
                </span>
              ) : props.canVoid ? (
                <VoidTalkRecord id={r.id} version={r.version} />
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
