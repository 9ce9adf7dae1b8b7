// Who printed and when, on every printed page: a repeated diagonal overlay (fixed, so each
// printed page gets it) and a footer line under each sheet. The text is made on the server
// (lib/print/watermark.ts) from the signed-in user and the time of the request.
import "./print-watermark.css";

const REPEAT = 24;

/** `printOnly`: pages that are not print views (the cadre's file) show it on paper only. */
export function PrintWatermark({ text, printOnly = false }: { text: string; printOnly?: boolean }) {
  return (
    <div
      className={printOnly ? "print-watermark print-watermark-paper-only" : "print-watermark"}
      aria-hidden="true"
      data-testid="print-watermark"
    >
      {Array.from({ length: REPEAT }, (_, i) => (
        <span key={i}>{text}</span>
      ))}
    </div>
  );
}

export function PrintWatermarkFooter({ line }: { line: string }) {
  return (
    <p className="print-watermark-footer" data-testid="print-watermark-footer">
      {line}
    </p>
  );
}
