// A 续页 of the 任免审批表: titled, with the cadre's name and the page's number, carrying what
// the front and back could not hold (layoutForm decided what), at the form's own size.
import type { ContinuationBlock } from "@/lib/cadres/approval-form/layout";
import { BACK, CONTINUATION, PAD_V_MM } from "@/lib/cadres/approval-form/geometry";
import { FamilyCells, FamilyHeader } from "./back-page";
import { Lines, PageFooter } from "./lines";

const mm = (n: number) => `${n}mm`;

/** Consecutive blocks of the same table (the family rows) print as one table. */
function groups(blocks: ContinuationBlock[]): ContinuationBlock[][] {
  const out: ContinuationBlock[][] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    const tableRow = b.kind === "family" || b.kind === "familyHeader";
    if (last && tableRow && (last[0].kind === "family" || last[0].kind === "familyHeader")) last.push(b);
    else out.push([b]);
  }
  return out;
}

function Block({ group }: { group: ContinuationBlock[] }) {
  const b = group[0];
  switch (b.kind) {
    case "heading":
      return <div className="af-cont-heading">{b.text}</div>;
    case "resume":
      return (
        <div className="af-resume-entry" style={{ paddingLeft: "1.2mm" }}>
          <span className="af-resume-period">{b.entry.period}</span>
          <div>
            <Lines lines={b.entry.lines} />
          </div>
        </div>
      );
    case "text":
      return (
        <div style={{ padding: `${PAD_V_MM / 2}mm 1.2mm` }}>
          <Lines lines={b.lines} />
        </div>
      );
    default:
      return (
        <table className="af-table" style={{ width: mm(BACK.familyCols.slice(1).reduce((a, c) => a + c, 0)) }}>
          <colgroup>
            {BACK.familyCols.slice(1).map((c, i) => (
              <col key={i} style={{ width: mm(c) }} />
            ))}
          </colgroup>
          <tbody>
            {group.map((r, i) =>
              r.kind === "familyHeader" ? (
                <tr key={i} style={{ height: mm(BACK.familyHeaderMm) }}>
                  <FamilyHeader />
                </tr>
              ) : r.kind === "family" ? (
                <tr key={i} style={{ height: mm(r.row.heightMm) }} data-testid="form-family-row-continued">
                  <FamilyCells row={r.row} />
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      );
  }
}

export function ContinuationPage({
  name,
  blocks,
  index,
  count,
  footer,
}: {
  name: string;
  blocks: ContinuationBlock[];
  index: number;
  count: number;
  footer?: string;
}) {
  return (
    <section className="af-page" data-testid="form-continuation" aria-label={`任免审批表续页${index + 1}`}>
      <h2 className="af-title" style={{ height: mm(CONTINUATION.titleMm), lineHeight: mm(CONTINUATION.titleMm) }}>
        干部任免审批表（续页）
      </h2>
      <div className="af-cont-name" style={{ height: mm(CONTINUATION.nameLineMm) }}>
        <span>姓名：{name}</span>
        <span>
          续页第 {index + 1} 页，共 {count} 页
        </span>
      </div>
      {groups(blocks).map((g, i) => (
        <Block key={i} group={g} />
      ))}
      <PageFooter line={footer} />
    </section>
  );
}
