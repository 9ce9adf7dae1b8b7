import Link from "next/link";
import { SchoolTable } from "@/components/settings/codes/school-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/permissions";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { listSchoolRows } from "@/lib/server/schools/school-table";

export const metadata = { title: "院校代码表" };

export default async function SchoolsPage() {
  const actor = await requirePermission("policy", "read");
  const rows = await listSchoolRows();
  const counts = {
    is985: rows.filter((r) => r.is985 && !r.archived).length,
    is211: rows.filter((r) => r.is211 && !r.archived).length,
    isDoubleFirstClass: rows.filter((r) => r.isDoubleFirstClass && !r.archived).length,
  };
  return (
    <div>
      <PageHeader
        title="院校代码表"
        description={`985（${counts.is985}）、211（${counts.is211}）、双一流（${counts.isDoubleFirstClass}）院校及其别名（简称、曾用名、校区写法）。导入与学历录入按此表判定院校类别；修改后，相关学历记录与干部的“985/211/双一流”标记在同一事务中重新计算。`}
      />
      <p className="mb-3 text-sm">
        <Link href="/settings/codes" className="text-brand-700 hover:underline">
          ← 返回代码表
        </Link>
      </p>
      <SchoolTable
        rows={rows.map((r) => ({ ...r, aliases: [...r.aliases], archived: !!r.archived }))}
        manage={can(actor.role, "settings", "manage")}
      />
    </div>
  );
}
