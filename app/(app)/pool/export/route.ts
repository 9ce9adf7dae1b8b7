import { asOfParam, attachment, exportRoute } from "@/lib/server/export/download";
import { exportPoolRoster } from "@/lib/server/export/pool-workbook";
import { poolRosterParams } from "@/lib/validation/pool-search";
import { parseSearchParams } from "@/lib/validation/search-params";

// GET /pool/export?tier=SECTION&asOf=YYYY-MM-DD → the pool's 名册 (.xlsx), one sheet per tier (audited).
export async function GET(request: Request) {
  return exportRoute(request, "export.pool", "pool", "export", async (actor, url) => {
    const { tier } = parseSearchParams(poolRosterParams, url.searchParams);
    const file = await exportPoolRoster(actor, asOfParam(url), tier ?? null);
    return attachment(file.fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.body);
  });
}
