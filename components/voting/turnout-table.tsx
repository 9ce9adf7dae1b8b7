// Turnout per voter category: codes issued (发出), ballots cast (收回), and after closing valid
// and invalid ballots, with the weight each category carries.
import { Table, Td, Th } from "@/components/ui/table";
import type { VoterCategory } from "@/lib/domain/enums";
import { voterCategoryLabel } from "@/lib/labels";

export interface TurnoutRow {
  category: VoterCategory;
  voters: number;
  weight: number;
  issued: number;
  cast: number;
  valid: number | null;
  invalid: number | null;
}

/** `talks`: a 个别谈话 record, where 应到 is the planned number of talks and 收回 the records kept. */
export function TurnoutTable({ rows, talks = false }: { rows: TurnoutRow[]; talks?: boolean }) {
  const sum = (f: (r: TurnoutRow) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
  const closed = rows.every((r) => r.valid !== null);
  return (
    <Table data-testid="turnout-table">
      <thead>
        <tr>
          <Th>类别</Th>
          <Th>权重</Th>
          <Th>{talks ? "计划谈话人数" : "应到人数"}</Th>
          <Th>{talks ? "发出（计划谈话）" : "发出（投票码）"}</Th>
          <Th>{talks ? "收回（谈话记录，不含作废）" : "收回（已投）"}</Th>
          {closed ? <Th>有效</Th> : null}
          {closed ? <Th>无效</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.category}>
            <Td>{voterCategoryLabel[r.category]}</Td>
            <Td>{r.weight}</Td>
            <Td>{r.voters}</Td>
            <Td>{r.issued}</Td>
            <Td>{r.cast}</Td>
            {closed ? <Td>{r.valid}</Td> : null}
            {closed ? <Td>{r.invalid}</Td> : null}
          </tr>
        ))}
        <tr className="font-medium">
          <Td>合计</Td>
          <Td />
          <Td>{sum((r) => r.voters)}</Td>
          <Td>{sum((r) => r.issued)}</Td>
          <Td data-testid="turnout-cast">{sum((r) => r.cast)}</Td>
          {closed ? <Td>{sum((r) => r.valid)}</Td> : null}
          {closed ? <Td>{sum((r) => r.invalid)}</Td> : null}
        </tr>
      </tbody>
    </Table>
  );
}
