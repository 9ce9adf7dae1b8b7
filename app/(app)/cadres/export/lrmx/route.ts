import { attachment, asOfParam, exportRoute, idsParam } from "@/lib/server/export/download";
import { exportLrmx } from "@/lib/server/export/lrmx-export";

// GET /cadres/export/lrmx?ids=a,b,…&asOf=YYYY-MM-DD → one .lrmx, or a .zip for several (audited).
export async function GET(request: Request) {
  return exportRoute(request, "export.lrmx", "cadre", "export", async (actor, url) => {
    const file = await exportLrmx(actor, idsParam(url), asOfParam(url));
    return attachment(file.fileName, file.contentType, file.body);
  });
}
