import { guardRequest } from "@/lib/server/import/http";
import { rosterTemplateFor } from "@/lib/server/import/roster-template";

// GET /import/roster/template → the 花名册 import template (.xlsx) for the signed-in user.
export async function GET(request: Request) {
  const actor = await guardRequest(request, "cadre.import.template", "cadre", "import");
  if (actor instanceof Response) return actor;
  const body = await rosterTemplateFor(actor);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent("干部花名册导入模板.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
}
