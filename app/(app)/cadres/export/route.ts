// GET /cadres/export?<the roster's search params>: the current view as .xlsx (audited).
import { exportRoster } from "@/lib/server/cadres/roster-export";
import { attachment, exportRoute } from "@/lib/server/export/download";
import { parseRosterQuery } from "@/lib/validation/roster-query";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return exportRoute(request, "export.roster", "cadre", "export", async (actor, url) => {
    const { query } = parseRosterQuery(url.searchParams);
    const out = await exportRoster(actor, query);
    return attachment(
      out.fileName,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      new Uint8Array(out.buffer),
    );
  });
}
