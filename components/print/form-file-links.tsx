// Links to a set of cadres' 任免审批表 as files: LRMX for the central form editor (one file, or
// a .zip; through the export dialog, 身份证号 masked unless asked for with a purpose and a
// step-up) and PDF (front, back and any 续页 on A4, no 身份证号; progress shown while it renders). Not prefetched: each download is audited.
import { IdNumberExportDialog } from "@/components/export/id-number-export-dialog";
import { PdfDownloadButton } from "./pdf-download-button";

export function FormFileLinks({
  ids,
  asOf,
  canExport,
  canPrint,
  compact = false,
  fullIdNumbers = false,
}: {
  ids: string[];
  asOf: string;
  canExport: boolean;
  canPrint: boolean;
  compact?: boolean;
  /** the export dialog may offer 完整号码 (role and clearance; the server checks again) */
  fullIdNumbers?: boolean;
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
        <IdNumberExportDialog
          href={`/cadres/export/lrmx?${q}`}
          label="导出 LRMX"
          testId="lrmx-export"
          fullAllowed={fullIdNumbers}
        />
      ) : null}
      {canPrint ? <PdfDownloadButton href={`/cadres/print-pdf?${q}`} count={ids.length} /> : null}
    </span>
  );
}
