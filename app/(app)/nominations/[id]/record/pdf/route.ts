import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { attachment, exportRoute } from "@/lib/server/export/download";
import { getSelectionRecord } from "@/lib/server/meetings";
import { internalBaseUrl, renderPdf } from "@/lib/server/print/render-pdf";

// GET /nominations/:id/record/pdf → the 全程纪实表 as PDF, rendered by Chromium from the record
// page as the signed-in user (their watermark on every page); the scope is checked first.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportRoute(request, "print.selectionRecord", "nomination", "print", async (actor, url) => {
    const r = await getSelectionRecord(actor, id);
    const pdf = await renderPdf(
      `${internalBaseUrl(url)}/nominations/${encodeURIComponent(r.nomination.id)}/record`,
      request.headers.get("cookie"),
    );
    await writeAuditStandalone({
      ...auditBy(actor),
      action: "print.selectionRecord",
      objectType: "Nomination",
      objectId: r.nomination.id,
      result: "SUCCESS",
      diff: { format: "PDF", cadreId: r.nomination.cadre.id, rows: r.rows.length },
    });
    return attachment(`${r.nomination.cadre.name}全程纪实表.pdf`, "application/pdf", pdf);
  });
}
