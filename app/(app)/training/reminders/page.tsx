import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { explain } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { reminderCategoryLabel, REMINDER_CATEGORIES, REMINDER_RULE } from "@/lib/development/reminder-types";
import { computeReminders } from "@/lib/server/development/reminders";

export const metadata = { title: "培养提醒" };

export default async function RemindersPage() {
  const actor = await requirePermission("development", "read");
  const r = await computeReminders(actor, todayInChina());
  return (
    <div>
      <PageHeader
        title="培养提醒"
        description={`截至${formatDate(r.asOf)}${actor.role === "UNIT" ? "，本单位" : ""}共${r.lines.length}条提醒；点击“处理”进入对应记录`}
      />
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm text-slate-600">
        {can(actor.role, "development", "export") ? (
          <a className={buttonClass("secondary")} href="/training/reminders/export" download>
            导出Excel
          </a>
        ) : null}
        <span>依据：{r.profileName}</span>
        {r.addedRules.length ? (
          <span>（当前政策配置未启用 {r.addedRules.join("、")}，按相应文件的默认要求提醒）</span>
        ) : null}
        {r.disabledRules.length ? <span>（政策配置已停用 {r.disabledRules.join("、")}，不作提醒）</span> : null}
      </div>
      <nav aria-label="提醒类别" className="mb-4 flex flex-wrap gap-2 text-sm">
        {REMINDER_CATEGORIES.map((c) => (
          <a key={c} href={`#${c}`} className="rounded bg-slate-100 px-2 py-1 text-slate-700 hover:bg-brand-50">
            {reminderCategoryLabel[c]}（{r.lines.filter((l) => l.category === c).length}）
          </a>
        ))}
      </nav>
      <div className="space-y-5">
        {REMINDER_CATEGORIES.map((c) => {
          const lines = r.lines.filter((l) => l.category === c);
          const rule = REMINDER_RULE[c];
          return (
            <section key={c} id={c} data-testid={`reminders-${c}`} aria-label={reminderCategoryLabel[c]}>
              <Card
                title={
                  <>
                    {reminderCategoryLabel[c]}（{lines.length}）
                    {rule ? (
                      <span className="ml-2 text-xs font-normal text-slate-500" title={explain(rule).text}>
                        {explain(rule).title}（{rule}）
                        {/* whether the active profile applies the rule behind these lines */}
                        <span data-testid={`rule-state-${c}`} className="ml-1">
                          {r.disabledRules.includes(rule)
                            ? "· 政策配置已停用此规则，不作提醒"
                            : r.addedRules.includes(rule)
                              ? "· 当前政策配置未启用此规则，按文件默认要求提醒"
                              : "· 规则已启用"}
                        </span>
                      </span>
                    ) : null}
                  </>
                }
              >
                {lines.length === 0 ? (
                  <p className="text-sm text-slate-500">无。</p>
                ) : (
                  <Table>
                    <thead>
                      <tr>
                        <Th>姓名</Th>
                        <Th>单位</Th>
                        <Th>情况说明</Th>
                        <Th>期限</Th>
                        <Th>处理</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {lines.map((l) => (
                        <tr key={`${l.recordId}-${c}`} data-testid="reminder-line" data-cadre-id={l.cadreId}>
                          <Td className="whitespace-nowrap">
                            <Link className="text-brand-700 hover:underline" href={`/cadres/${l.cadreId}`}>
                              {l.cadreName}
                            </Link>
                          </Td>
                          <Td>{l.unitName}</Td>
                          <Td>{l.detail}</Td>
                          <Td className="whitespace-nowrap tabular-nums">{formatDate(l.dueOn)}</Td>
                          <Td className="whitespace-nowrap">
                            <Link className="text-brand-700 hover:underline" href={l.href}>
                              处理
                            </Link>
                          </Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </Card>
            </section>
          );
        })}
      </div>
    </div>
  );
}
