import Link from "next/link";
import { AccountStatusBadge } from "@/components/settings/accounts/account-status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import { roleLabel } from "@/lib/labels";
import { listAccounts } from "@/lib/server/accounts/list-accounts";
import { requirePermission } from "@/lib/server/auth/current-actor";

export const metadata = { title: "账号管理" };

export default async function AccountsPage() {
  const actor = await requirePermission("account", "manage");
  const accounts = await listAccounts(actor);
  return (
    <div>
      <PageHeader
        title="账号管理"
        description="创建、停用账号，分配角色与所属单位，重置密码与动态口令。所有操作记入审计日志。"
      />
      <div className="mb-4">
        <ButtonLink href="/settings/accounts/new" variant="primary">
          新建账号
        </ButtonLink>
      </div>
      <Table data-testid="accounts-table">
        <thead>
          <tr>
            <Th>用户名</Th>
            <Th>名称</Th>
            <Th>角色</Th>
            <Th>所属单位</Th>
            <Th>动态口令</Th>
            <Th>状态</Th>
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
              <Td>{a.hasTotp ? "已绑定" : "—"}</Td>
              <Td>
                <AccountStatusBadge a={a} />
              </Td>
              <Td className="tabular-nums">{formatDateTime(a.lastSignInAt) || "从未登录"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
