// One titled section of a cadre's file: a small table, or a line saying there is nothing. A
// labelled section carries its security label; withheld (above the reader's clearance), it
// shows the refusal instead — its rows were never sent.
import { LabelWithheld, SecurityLabel } from "@/components/ui/security-label";
import { Table, Td, Th } from "@/components/ui/table";
import type { InfoSet } from "@/lib/authz/clearance";

export function SectionTable({
  id,
  title,
  headers,
  rows,
  actions,
  empty = "暂无记录",
  label,
  withheld = false,
}: {
  id: string;
  title: string;
  headers: string[];
  rows: React.ReactNode[][];
  actions?: React.ReactNode;
  empty?: string;
  label?: InfoSet;
  withheld?: boolean;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
          {title}
          {label ? <SecurityLabel set={label} /> : null}
        </h2>
        {actions}
      </header>
      {withheld && label ? (
        <LabelWithheld set={label} />
      ) : rows.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">{empty}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              {headers.map((h) => (
                <Th key={h}>{h}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <Td key={j}>{c}</Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
