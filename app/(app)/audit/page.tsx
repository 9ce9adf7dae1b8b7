import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyChainPanel } from "@/components/audit/verify-chain-panel";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { auditSearchSchema } from "@/lib/validation/audit-search";
import { searchAuditLog } from "@/lib/server/audit-log/search-audit-log";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "审计日志" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function query(params: Record<string, unknown>, page?: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (typeof v === "string" && v && k !== "page") q.set(k, v);
  if (page) q.set("page", String(page));
  return q.toString();
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("audit", "read");
  const raw = await searchParams;
  const parsed = auditSearchSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : auditSearchSchema.parse({});
  // Each search is itself recorded (audit.search, with the filters): the auditor is audited too.
  const { total, rows, pageSize } = await searchAuditLog(actor, filters);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div>
      <PageHeader
        title="审计日志"
        description="所有登录、写操作、导出、打印、查看完整身份证号和被拒绝的访问，以及本页的每次查询与导出；每条记录含操作人单位、会话标识（哈希）、请求编号和浏览器。日志只可追加、不可修改，其完整性（密钥哈希链与离机锚点）定期校验。"
      />
      {!parsed.success ? (
        <p role="alert" className="mb-3 text-sm text-red-600">
          查询条件有误，已按默认条件显示：{parsed.error.issues[0]?.message}
        </p>
      ) : null}
      <VerifyChainPanel />
      <AuditFilters value={filters} />
      <div className="mb-2 flex items-center justify-between text-sm text-slate-600">
        <span data-testid="audit-total">
          共 {total.toLocaleString("zh-CN")} 条，第 {filters.page} / {pages} 页
        </span>
        <span className="flex gap-2">
          {filters.page > 1 ? (
            <a className={buttonClass("secondary")} href={`/audit?${query(raw, filters.page - 1)}`}>
              上一页
            </a>
          ) : null}
          {filters.page < pages ? (
            <a className={buttonClass("secondary")} href={`/audit?${query(raw, filters.page + 1)}`}>
              下一页
            </a>
          ) : null}
          <a className={buttonClass("primary")} href={`/audit/export?${query(raw)}`}>
            导出 Excel
          </a>
        </span>
      </div>
      <AuditTable rows={rows} />
    </div>
  );
}
