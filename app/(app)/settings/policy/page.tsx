import Link from "next/link";
import { TargetStatusTable } from "@/components/settings/policy/target-status-table";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateLong, formatDateTime, todayInChina } from "@/lib/format/dates";
import { targetStatusLabel } from "@/lib/labels";
import { PRESET_KEYS, PRESETS, type TargetStatus } from "@/lib/rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { listProfileRows } from "@/lib/server/policy/profile-rows";
import { countByStatus, loadTargetFacts, targetStatuses } from "@/lib/server/policy/target-statuses";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { policyListParams } from "@/lib/validation/settings-search";

export const metadata = { title: "政策配置" };

const STATUSES: TargetStatus[] = ["MET", "AT_RISK", "NOT_MET", "INFO"];

export default async function PolicyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("policy", "read");
  const q = parseSearchParams(policyListParams, await searchParams);
  const manage = can(actor.role, "policy", "manage");
  const asOf = todayInChina();
  const [active, rows, facts] = await Promise.all([getActiveProfile(), listProfileRows(actor), loadTargetFacts(actor)]);
  const statuses = targetStatuses(facts, active.profile, asOf);
  const counts = countByStatus(statuses);
  const latestOf = new Map<string, number>();
  for (const r of rows) latestOf.set(r.key, Math.max(latestOf.get(r.key) ?? 0, r.profileVersion));

  return (
    <div>
      <PageHeader
        title="政策配置"
        description="选择本区适用的政策文件（内置配置），或在其基础上调整参数形成区县配置。看板与各项判断均注明所用配置及版本。"
      />
      {q.saved ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-800">
          已保存配置 {q.saved} 第 {q.version} 版。
        </p>
      ) : null}
      {q.activated ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-800">
          已启用所选配置。
        </p>
      ) : null}

      <Card title="启用中的配置" className="mb-4">
        <p className="text-base font-medium" data-testid="active-profile">
          {active.profile.name}（{active.profile.key}
          {active.rowId ? ` 第${active.profileVersion}版` : "，内置默认"}）
        </p>
        <p className="mt-1 text-sm text-slate-600">
          继承关系：{active.profile.chain.join(" → ")}；适用规则 {active.profile.rules.length} 条。
        </p>
        <p className="mt-3 text-sm text-slate-700">
          截至{formatDateLong(asOf)}，各项目标：
          {STATUSES.map((s) => (
            <span key={s} className="mr-3" data-testid={`status-count-${s}`}>
              {targetStatusLabel[s]} {counts[s]}
            </span>
          ))}
        </p>
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-brand-700">查看各项目标</summary>
          <div className="mt-2">
            <TargetStatusTable rows={statuses} />
          </div>
        </details>
      </Card>

      <Card title="内置配置" className="mb-4">
        <Table>
          <thead>
            <tr>
              <Th>名称</Th>
              <Th>编号</Th>
              <Th>操作</Th>
            </tr>
          </thead>
          <tbody>
            {PRESET_KEYS.map((k) => (
              <tr key={k}>
                <Td>{PRESETS[k].name}</Td>
                <Td className="font-mono text-xs">{k}</Td>
                <Td className="space-x-3 whitespace-nowrap">
                  <Link href={`/settings/policy/view?preset=${k}`} className="text-brand-700 hover:underline">
                    {manage ? "查看或启用" : "查看"}
                  </Link>
                  {manage ? (
                    <Link href={`/settings/policy/edit?extends=${k}`} className="text-brand-700 hover:underline">
                      以此新建区县配置
                    </Link>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card
        title="已保存的配置与历史版本"
        actions={
          manage ? (
            <ButtonLink href="/settings/policy/edit" variant="primary">
              新建区县配置
            </ButtonLink>
          ) : null
        }
      >
        <Table data-testid="profile-versions">
          <thead>
            <tr>
              <Th>名称</Th>
              <Th>编号</Th>
              <Th>版本</Th>
              <Th>继承自</Th>
              <Th>覆盖参数</Th>
              <Th>保存人</Th>
              <Th>保存时间</Th>
              <Th>状态</Th>
              <Th>操作</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`profile-${r.key}-v${r.profileVersion}`}>
                <Td>{r.name}</Td>
                <Td className="font-mono text-xs">{r.key}</Td>
                <Td>第{r.profileVersion}版</Td>
                <Td className="font-mono text-xs">{r.extendsKey ?? "—"}</Td>
                <Td className="tabular-nums">{Object.keys(r.overrides).length}</Td>
                <Td>{r.createdBy ?? "—"}</Td>
                <Td className="whitespace-nowrap tabular-nums">{formatDateTime(r.createdAt)}</Td>
                <Td>{r.isActive ? <Badge tone="ok">启用中</Badge> : null}</Td>
                <Td className="space-x-3 whitespace-nowrap">
                  <Link href={`/settings/policy/view?row=${r.id}`} className="text-brand-700 hover:underline">
                    {manage && !r.isActive
                      ? r.profileVersion < (latestOf.get(r.key) ?? 0)
                        ? "查看或恢复"
                        : "查看或启用"
                      : "查看"}
                  </Link>
                  {manage && r.extendsKey && r.profileVersion === latestOf.get(r.key) ? (
                    <Link href={`/settings/policy/edit?key=${r.key}`} className="text-brand-700 hover:underline">
                      编辑
                    </Link>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
