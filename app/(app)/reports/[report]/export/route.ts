import { todayInChina } from "@/lib/format/dates";
import { attachment, exportRoute } from "@/lib/server/export/download";
import { getReport } from "@/lib/server/reports/get-report";
import { reportFileName, reportWorkbook } from "@/lib/server/reports/report-workbook";
import { NotFoundError } from "@/lib/errors/user-facing";
import { reportKeyParam, reportParams } from "@/lib/validation/report-params";
import { parseSearchParams } from "@/lib/validation/search-params";

type Context = { params: Promise<{ report: string }> };

// GET /reports/<key>/export?asOf=YYYY-MM-DD&unitType=STREET → the report as .xlsx (dashboard/export; audited).
export async function GET(request: Request, { params }: Context) {
  return exportRoute(request, "export.report", "dashboard", "export", async (actor, url) => {
    const key = reportKeyParam.parse((await params).report);
    if (!key) throw new NotFoundError();
    const { asOf, unitType } = parseSearchParams(reportParams, url.searchParams);
    const m = await getReport(actor, key, asOf ?? todayInChina(), unitType ?? null);
    return attachment(
      reportFileName(m),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      await reportWorkbook(actor, m),
    );
  });
}
