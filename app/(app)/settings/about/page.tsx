import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { systemHealth } from "@/lib/server/settings/system-health";

export const metadata = { title: "关于与运行状态" };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

export default async function AboutPage() {
  const actor = await requirePermission("settings", "read");
  const [h, active] = await Promise.all([systemHealth(actor), getActiveProfile()]);
  const m = h.migrations;
  return (
    <div>
      <PageHeader title="关于与运行状态" description="苗圃 — 优秀年轻干部库管理系统" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="系统">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <Row label="版本" testId="app-version">
              {h.appVersion}
            </Row>
            <Row label="运行环境">Node.js {h.nodeVersion}</Row>
            <Row label="最近一次备份" testId="last-backup">
              {h.lastBackupAt ? formatDateTime(h.lastBackupAt) : "尚无备份记录（由系统管理员按部署文档执行备份）"}
            </Row>
          </dl>
        </Card>
        <Card title="数据库">
          <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
            <Row label="连接状态" testId="db-status">
              {h.database.ok ? <Badge tone="ok">正常</Badge> : <Badge tone="bad">无法连接</Badge>}
              {!h.database.ok ? <span className="ml-2 text-xs text-red-700">{h.database.error}</span> : null}
            </Row>
            {h.database.ok ? (
              <>
                <Row label="PostgreSQL">{h.database.serverVersion}</Row>
                <Row label="响应时间">{h.database.latencyMs} 毫秒</Row>
                <Row label="数据量">{mb(h.database.sizeBytes)}</Row>
              </>
            ) : null}
            <Row label="数据库迁移" testId="migration-state">
              {!m ? (
                "无法读取"
              ) : m.failed.length ? (
                <Badge tone="bad">有 {m.failed.length} 个迁移执行失败</Badge>
              ) : m.pending.length ? (
                <Badge tone="warn">有 {m.pending.length} 个迁移尚未执行</Badge>
              ) : (
                <Badge tone="ok">已是最新（共 {m.applied.length} 个）</Badge>
              )}
            </Row>
          </dl>
          {m ? (
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-brand-700">迁移明细</summary>
              <ul className="mt-2 space-y-1 font-mono text-xs">
                {m.applied.map((x) => (
                  <li key={x.name}>
                    {x.name} · {x.finishedAt ? formatDateTime(x.finishedAt) : x.rolledBack ? "已回滚" : "失败"}
                  </li>
                ))}
                {m.pending.map((x) => (
                  <li key={x} className="text-amber-700">
                    {x} · 未执行
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Card>
        <Card title="政策配置" className="lg:col-span-2">
          <p className="text-sm" data-testid="about-active-profile">
            启用中：{active.profile.name}（{active.profile.key}
            {active.rowId ? ` 第${active.profileVersion}版` : "，内置默认"}），适用规则 {active.profile.rules.length}{" "}
            条。
          </p>
          {can(actor.role, "policy", "read") ? (
            <p className="mt-2 text-sm">
              <Link href="/settings/policy" className="text-brand-700 hover:underline">
                查看政策配置
              </Link>
            </p>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
