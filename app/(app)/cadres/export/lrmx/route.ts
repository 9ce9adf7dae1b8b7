import { attachment, asOfParam, exportRoute, cadreIdsParam } from "@/lib/server/export/download";
import { idNumberRequestParam } from "@/lib/server/export/full-id-numbers";
import { exportLrmx } from "@/lib/server/export/lrmx-export";

// GET /cadres/export/lrmx?ids=a,b,… (or unitId=…)&asOf=YYYY-MM-DD[&idNumbers=full&purpose=…]
// → one .lrmx, or a .zip for several; 身份证号 masked unless asked for on a purpose after a
// fresh step-up (a refusal answers 403). Watermarked and audited.
export async function GET(request: Request) {
  return exportRoute(request, "export.lrmx", "cadre", "export", async (actor, url) => {
    const file = await exportLrmx(
      actor,
      await cadreIdsParam(actor, url, "export"),
      asOfParam(url),
      idNumberRequestParam(url),
    );
    return attachment(file.fileName, file.contentType, file.body);
  });
}
