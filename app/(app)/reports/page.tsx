import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { REPORT_KEYS, REPORT_SUMMARIES, REPORT_TITLES } from "@/lib/reports/model";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "统计报表" };

export default async function ReportsPage() {
  await requirePermission("dashboard", "read");
  return (
    <div>
      <PageHeader
        title="统计报表"
        description="按所选日期和范围（全区或一类单位）统计，数字与看板同源；每张报表可导出 Excel，表头写明年龄界限对应的出生日期。"
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {REPORT_KEYS.map((key) => (
          <Card key={key}>
            <h2 className="text-base font-semibold">
              <Link href={`/reports/${key}`} className="text-brand-700 hover:underline">
                {REPORT_TITLES[key]}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{REPORT_SUMMARIES[key]}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
