import { todayInChina } from "@/lib/format/dates";
import { getActor } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/server/authz/permissions";
import { exportReminders } from "@/lib/server/development/reminders-export";

// GET /training/reminders/export → the reminders as .xlsx (development/export; audited).
export async function GET() {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword || !can(actor.role, "development", "export")) return new Response("未找到", { status: 404 });
  const { buffer, filename } = await exportReminders(actor, todayInChina());
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
