import { POOL_TIERS } from "@/lib/rules";
import type { PoolTier } from "@/lib/domain/enums";
import { asOfParam, attachment, exportRoute } from "@/lib/server/export/download";
import { exportPoolRoster } from "@/lib/server/export/pool-workbook";

// GET /pool/export?tier=SECTION&asOf=YYYY-MM-DD → the pool's 名册 (.xlsx), one sheet per tier (audited).
export async function GET(request: Request) {
  return exportRoute(request, "export.pool", "pool", "export", async (actor, url) => {
    const t = url.searchParams.get("tier");
    const tier = (POOL_TIERS as readonly string[]).includes(t ?? "") ? (t as PoolTier) : null;
    const file = await exportPoolRoster(actor, asOfParam(url), tier);
    return attachment(file.fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.body);
  });
}
