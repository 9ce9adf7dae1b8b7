// 干部选拔任用工作全程纪实表 of one nomination: every step with its date, participants, method,
// numbers, documents and recorder. The page is its own print view (watermark on every page;
// the PDF renders it); the organization department may print and export it, a unit account
// reads its own unit's on screen.
import { notFound } from "next/navigation";
import { PrintWatermark, PrintWatermarkFooter } from "@/components/export/print-watermark";
import { SelectionRecordTable } from "@/components/meetings/selection-record-table";
import { PrintNowButton } from "@/components/print/print-now-button";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { can } from "@/lib/authz/permissions";
import { NotFoundError } from "@/lib/errors/user-facing";
import { todayInChina } from "@/lib/format/dates";
import { watermarkLine, watermarkText } from "@/lib/print/watermark";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { getSelectionRecord, RECORD_TITLE, recordSubtitle } from "@/lib/server/meetings";
import { auditPrintView } from "@/lib/server/print/print-audit";

export const metadata = { title: "全程纪实表" };

export default async function SelectionRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("nomination", "read");
  const { id } = await params;
  const r = await getSelectionRecord(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const mayPrint = can(actor.role, "nomination", "print");
  if (mayPrint)
    await auditPrintView(actor, {
      action: "print.selectionRecord",
      objectType: "Cadre",
      ids: [r.nomination.cadre.id],
      detail: { nominationId: r.nomination.id },
    });
  const now = new Date();
  return (
    <div className="pool-roster-print" data-print-ready="true">
      <PrintWatermark text={watermarkText(actor, now)} printOnly={!mayPrint} />
      <div className="no-print mb-4 flex flex-wrap items-center gap-2">
        <ButtonLink href={`/nominations/${r.nomination.id}`}>返回推荐详情</ButtonLink>
        {mayPrint ? <PrintNowButton /> : null}
        {can(actor.role, "nomination", "export") ? (
          <a className={buttonClass("secondary")} href={`/nominations/${r.nomination.id}/record/export`}>
            导出 Excel
          </a>
        ) : null}
        {mayPrint ? (
          <a className={buttonClass("secondary")} href={`/nominations/${r.nomination.id}/record/pdf`}>
            下载 PDF
          </a>
        ) : null}
      </div>
      <section>
        <h1 className="text-center text-lg font-bold">{RECORD_TITLE}</h1>
        <p className="mb-2 text-center text-xs">{recordSubtitle(r, todayInChina())}</p>
        <SelectionRecordTable rows={r.rows} />
        <PrintWatermarkFooter line={watermarkLine(actor, now, "打印")} />
      </section>
    </div>
  );
}
