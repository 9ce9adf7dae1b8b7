import { ExportForms } from "@/components/import/export-forms";
import { FormImportPanel } from "@/components/import/form-import-panel";
import { ImportPanel } from "@/components/import/import-panel";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { listImportUnits } from "@/lib/server/import/import-units";
import { getTierNames, tiersInUse } from "@/lib/server/policy/pool-tiers";

export const metadata = { title: "导入导出" };

export default async function ImportPage() {
  const actor = await requirePermission("cadre", "import");
  const [units, tierNames, tiers] = await Promise.all([listImportUnits(actor), getTierNames(), tiersInUse(actor)]);
  const scope = actor.role === "UNIT" ? "只能导入本单位的干部；" : "";
  return (
    <div className="space-y-6">
      <PageHeader
        title="导入导出"
        description={`${scope}导入先预检：逐行（逐个文件）校验，列出将新建、将更新（逐项对比）和有错误的记录，确认后在一个事务中全部写入。花名册有任何错误则不写入；任免审批表文件有错误的单独跳过。按身份证号匹配已有干部，不按姓名匹配。`}
      />
      <Card
        title="花名册导入（Excel）"
        actions={
          <a className="text-sm text-brand-700 underline" href="/import/roster/template">
            下载导入模板
          </a>
        }
      >
        <p className="mb-3 text-xs text-slate-600">
          列的顺序不限，常见的列名写法（如“公民身份号码”“所在单位”）均可识别；日期可写作 1988.05、198805 或
          1988-05-01；空白单元格不会清除系统中已有的内容。
        </p>
        <ImportPanel endpoint="/import/roster" accept=".xlsx" label="选择花名册 Excel 文件" testId="roster-import" />
      </Card>
      <Card title="任免审批表导入（LRMX / LRM）">
        <p className="mb-3 text-xs text-slate-600">
          可一次选择多个 .lrmx 文件、.lrm 文件（连同同名 .pic 照片），或包含它们的 .zip
          压缩包。有身份证号的按身份证号与已有干部匹配；
          没有身份证号的一律新建，不按姓名合并。读不出的文件单独列出，不影响其他文件。身份证号已脱敏的文件（如本系统默认导出的
          LRMX）不能用于匹配，会列为错误，请使用含完整号码的文件。
        </p>
        <FormImportPanel units={units} fixedUnit={actor.role === "UNIT" ? (units[0]?.name ?? "") : null} />
      </Card>
      {can(actor.role, "cadre", "export") || can(actor.role, "pool", "export") ? (
        <Card title="导出与打印">
          <p className="mb-3 text-xs text-slate-600">
            导出的文件中身份证号一律默认脱敏（此处的干部库名册和按单位导出的任免审批表只提供脱敏号码）。确需完整号码时，在干部名册（导出
            Excel）或干部档案、名册当前页（导出 LRMX）的导出对话框中选择“完整号码”，填写用途并重新验证动态口令（5
            分钟内有效）；用途和人数记入审计日志。每个导出的文件和打印的页面都标注导出（打印）人和时间；每次导出和打印都记入审计日志。
          </p>
          <ExportForms
            units={units}
            tiers={tiers.map((t) => ({ value: t, label: tierNames.names[t] }))}
            today={todayInChina().toISOString().slice(0, 10)}
            canPool={can(actor.role, "pool", "export")}
            canForms={can(actor.role, "cadre", "export")}
            canPrint={can(actor.role, "cadre", "print")}
          />
        </Card>
      ) : null}
    </div>
  );
}
