import Link from "next/link";
import { AccountStatusBadge } from "@/components/settings/accounts/account-status-badge";
import { SECOND_FACTOR_LABEL } from "@/components/settings/accounts/account-summary";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/authz/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { roleLabel, securityLevelLabel } from "@/lib/labels";
import { expiryDayOf } from "@/lib/validation/user-account";
import { listAccounts } from "@/lib/server/accounts/list-accounts";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "账号管理" };

export default async function AccountsPage() {
  const actor = await requirePermission("account", "read");
  const accounts = await listAccounts(actor);
  const creates = can(actor.role, "account", "create");
  return (
    <div>
      <PageHeader
        title="账号管理"
        description={
          creates
            ? "系统管理员创建、停用账号，设置到期日，重置密码；角色、所属单位与密级由安全管理员授予。所有操作记入审计日志。"
            : "安全管理员授予角色、所属单位与密级，登记回避，重置动态口令；账号由系统管理员创建。所有操作记入审计日志。"
        }
      />
      {creates ? (
        <div className="mb-4">
          <ButtonLink href="/settings/accounts/new" variant="primary">
            新建账号
          </ButtonLink>
        </div>
      ) : null}
      <Table data-testid="accounts-table">
        <thead>
          <tr>
            <Th>用户名</Th>
            <Th>名称</Th>
            <Th>角色</Th>
            <Th>所属单位</Th>
            <Th>密级</Th>
            <Th>状态</Th>
            <Th>到期日</Th>
            <Th>动态口令</Th>
            <Th>最近登录</Th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} data-testid={`account-${a.username}`}>
              <Td>
                <Link href={`/settings/accounts/${a.id}`} className="text-brand-700 hover:underline">
                  {a.username}
                </Link>
                {a.isDemo ? (
                  <span className="ml-2">
                    <Badge tone="warn">演示</Badge>
                  </span>
                ) : null}
              </Td>
              <Td>{a.displayName}</Td>
              <Td>{a.role ? roleLabel[a.role] : "未授权"}</Td>
              <Td>{a.unitName ?? "—"}</Td>
              <Td>{securityLevelLabel[a.clearance]}</Td>
              <Td>
                <AccountStatusBadge a={a} />
                {a.disabledReason ? <div className="text-xs text-slate-500">{a.disabledReason}</div> : null}
              </Td>
              <Td className="tabular-nums">{a.expiresAt ? expiryDayOf(a.expiresAt) : "—"}</Td>
              <Td>{SECOND_FACTOR_LABEL[a.secondFactor]}</Td>
              <Td className="tabular-nums">{formatDateTime(a.lastSignInAt) || "从未登录"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
