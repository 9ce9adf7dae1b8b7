// GET /cadres/export?<the roster's search params>[&idNumbers=full&purpose=…]: the current view
// as .xlsx, 身份证号 masked unless full numbers are asked for on a purpose after a fresh step-up
// (checked again on the server; a refusal answers 403). Watermarked and audited.
import { exportRoster } from "@/lib/server/cadres/roster-export";
import { attachment, exportRoute } from "@/lib/server/export/download";
import { idNumberRequestParam } from "@/lib/server/export/full-id-numbers";
import { parseRosterQuery } from "@/lib/validation/roster-query";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return exportRoute(request, "export.roster", "cadre", "export", async (actor, url) => {
    const { query } = parseRosterQuery(url.searchParams);
    const out = await exportRoster(actor, query, idNumberRequestParam(url));
    return attachment(
      out.fileName,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      new Uint8Array(out.buffer),
    );
  });
}
