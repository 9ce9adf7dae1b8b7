import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { asOfParam, attachment, exportRoute, cadreIdsParam } from "@/lib/server/export/download";
import { loadCadreForms } from "@/lib/server/print/cadre-forms";
import { internalBaseUrl, renderPdf } from "@/lib/server/print/render-pdf";
import { ROSTER_BATCH_CAPS } from "@/lib/cadres/roster-batch";
import type { Actor } from "@/lib/auth/actor";
import { rosterSelection } from "@/lib/server/cadres/roster-selection";
import { parseRosterQuery } from "@/lib/validation/roster-query";

/**
 * From the roster (`from=roster`): its filters and the ticked `ids`, or `all=1` for every cadre
 * that matches — re-run under the actor's scope, at most ROSTER_BATCH_CAPS.print forms.
 */
async function idsFor(actor: Actor, url: URL): Promise<string[]> {
  if (url.searchParams.get("from") !== "roster") return cadreIdsParam(actor, url, "print");
  const { cadres } = await rosterSelection(actor, parseRosterQuery(url.searchParams).query, {
    all: url.searchParams.get("all") === "1",
    cap: ROSTER_BATCH_CAPS.print,
    what: "打印任免审批表",
    permission: ["cadre", "print"],
  });
  return cadres.map((c) => c.id);
}

// GET /cadres/print-pdf?ids=a,b,…&asOf=YYYY-MM-DD (or the roster's selection, below) → the 任免审批表 as PDF (front, back and any 续页 on A4) per
// cadre, rendered by Chromium from /cadres/print as the signed-in user, so every page carries
// that user's watermark (the form has no 身份证号). Audited as a print with the count; the
// view it renders writes its own row (format HTML).
export async function GET(request: Request) {
  return exportRoute(request, "print.cadreForm", "cadre", "print", async (actor, url) => {
    const cadres = await loadCadreForms(actor, await idsFor(actor, url)); // scope check before any rendering
    const asOf = asOfParam(url).toISOString().slice(0, 10);
    const query = new URLSearchParams({ ids: cadres.map((c) => c.id).join(","), asOf });
    const pdf = await renderPdf(`${internalBaseUrl(url)}/cadres/print?${query}`, request.headers.get("cookie"));
    await writeAuditStandalone({
      ...auditBy(actor),
      action: "print.cadreForm",
      objectType: "Cadre",
      objectId: cadres.length === 1 ? cadres[0].id : null,
      result: "SUCCESS",
      diff: { format: "PDF", count: cadres.length, cadreIds: cadres.map((c) => c.id), asOf },
    });
    const name = cadres.length === 1 ? `${cadres[0].name}任免审批表.pdf` : `任免审批表（${cadres.length}人）.pdf`;
    return attachment(name, "application/pdf", pdf);
  });
}
