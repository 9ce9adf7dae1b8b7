// The 全程纪实表 as a table: one row per step (components/meetings, shared by the page and its PDF).
import { RECORD_HEADERS, type RecordRow } from "@/lib/nominations/selection-record";

export function SelectionRecordTable({ rows }: { rows: RecordRow[] }) {
  return (
    <table data-testid="selection-record">
      <thead>
        <tr>
          {RECORD_HEADERS.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-testid="record-row" data-step={r.step}>
            <th scope="row">{r.step}</th>
            <td>{r.date}</td>
            <td>{r.participants}</td>
            <td>{r.method}</td>
            <td>{r.numbers}</td>
            <td className="whitespace-pre-wrap">{r.documents}</td>
            <td>{r.recorder}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
