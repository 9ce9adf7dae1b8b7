// Text of the printed form, one div a line, wrapped by the same function that paginated it
// (lib/cadres/approval-form/metrics.ts), so what prints is what was counted.
import { cellEm } from "@/lib/cadres/approval-form/geometry";
import { wrapText } from "@/lib/cadres/approval-form/metrics";

export function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((l, i) => (
        <div key={i} className="af-line">
          {l}
        </div>
      ))}
    </>
  );
}

/** A value cell's text wrapped to the cell's width. */
export function Wrapped({ text, widthMm }: { text: string; widthMm: number }) {
  return <Lines lines={wrapText(text, cellEm(widthMm))} />;
}

/** A label cell: its text on the lines given (「出生年月」「（岁）」). */
export function Label({
  lines,
  children,
  ...rest
}: { lines: string[] } & React.ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th {...rest}>
      <Lines lines={lines} />
      {children}
    </th>
  );
}

export function PageFooter({ line }: { line?: string }) {
  return (
    <p className="af-footer" data-testid={line ? "print-watermark-footer" : undefined}>
      {line ?? ""}
    </p>
  );
}
