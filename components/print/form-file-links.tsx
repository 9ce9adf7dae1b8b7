// Links to a set of cadres' 任免审批表 as files: LRMX for the central form editor (one file, or
// a .zip) and PDF (one A4 page each). Plain links (not prefetched): each download is audited.
import { buttonClass } from "@/components/ui/button";

export function FormFileLinks({
  ids,
  asOf,
  canExport,
  canPrint,
  compact = false,
}: {
  ids: string[];
  asOf: string;
  canExport: boolean;
  canPrint: boolean;
  compact?: boolean;
}) {
  if (!ids.length || (!canExport && !canPrint)) return null;
  const q = new URLSearchParams({ ids: ids.join(","), asOf }).toString();
  const what = compact ? "" : `本页 ${ids.length} 人的`;
  return (
    <span
      className={`no-print inline-flex flex-wrap items-center gap-2 ${compact ? "" : "mb-2 text-sm text-slate-600"}`}
    >
      {!compact ? (
        <span>
          {what}任免审批表（年龄计算至 {asOf.replaceAll("-", ".")}）：
        </span>
      ) : null}
      {canExport ? (
        <a className={buttonClass("secondary")} href={`/cadres/export/lrmx?${q}`} data-testid="lrmx-export">
          导出 LRMX
        </a>
      ) : null}
      {canPrint ? (
        <a className={buttonClass("secondary")} href={`/cadres/print-pdf?${q}`} data-testid="pdf-export">
          下载 PDF
        </a>
      ) : null}
    </span>
  );
}
