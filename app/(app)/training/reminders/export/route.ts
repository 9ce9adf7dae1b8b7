import { todayInChina } from "@/lib/format/dates";
import { exportReminders } from "@/lib/server/development/reminders-export";
import { attachment, exportRoute } from "@/lib/server/export/download";

// GET /training/reminders/export → the reminders as .xlsx (development/export; audited).
export async function GET(request: Request) {
  return exportRoute(request, "export.reminders", "development", "export", async (actor) => {
    const { buffer, filename } = await exportReminders(actor, todayInChina());
    return attachment(
      filename,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      new Uint8Array(buffer),
    );
  });
}
