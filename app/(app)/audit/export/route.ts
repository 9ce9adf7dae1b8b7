import { auditSearchSchema } from "@/lib/validation/audit-search";
import { exportAuditRows } from "@/lib/server/audit-log/search-audit-log";
import { auditWorkbook } from "@/lib/server/audit-log/audit-workbook";
import { attachment, exportRoute } from "@/lib/server/export/download";

// GET /audit/export?…same filters as the page… → .xlsx. The export is itself audited
// (exportAuditRows writes export.audit with the filters and the count).
export async function GET(request: Request) {
  return exportRoute(request, "export.audit", "audit", "export", async (actor, url) => {
    const parsed = auditSearchSchema.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success)
      return new Response("查询条件不正确", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const rows = await exportAuditRows(actor, parsed.data);
    const body = await auditWorkbook(rows, `苗圃审计日志导出（${rows.length} 条）`);
    return attachment(
      "审计日志.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      new Uint8Array(body),
    );
  });
}
