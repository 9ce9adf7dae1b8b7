import { attachment, exportRoute } from "@/lib/server/export/download";
import { todayInChina } from "@/lib/format/dates";
import { exportSelectionRecord } from "@/lib/server/meetings";

// GET /nominations/:id/record/export → the nomination's 全程纪实表 (.xlsx), watermarked and audited.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportRoute(request, "export.selectionRecord", "nomination", "export", async (actor) => {
    const file = await exportSelectionRecord(actor, id, new Date(), todayInChina());
    return attachment(file.fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.body);
  });
}
