import { auditSearchSchema } from "@/lib/validation/audit-search";
import { writeAuditStandalone } from "@/lib/server/audit";
import { exportAuditRows } from "@/lib/server/audit-log/search-audit-log";
import { auditWorkbook } from "@/lib/server/audit-log/audit-workbook";
import { getActor } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/server/authz/permissions";

// GET /audit/export?…same filters as the page… → .xlsx. The export is itself audited.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("登录已失效，请重新登录", { status: 401 });
  if (!can(actor.role, "audit", "export")) return new Response("未找到", { status: 404 });
  const parsed = auditSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("查询条件不正确", { status: 400 });
  const rows = await exportAuditRows(actor, parsed.data);
  await writeAuditStandalone({
    actor: { id: actor.userId, username: actor.username, role: actor.role }, ip: actor.ip,
    action: "export.audit", objectType: "AuditLog", objectId: null, result: "SUCCESS",
    diff: { filters: parsed.data, rows: rows.length },
  });
  const body = await auditWorkbook(rows, `苗圃审计日志导出（${rows.length} 条）`);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent("审计日志.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
}
