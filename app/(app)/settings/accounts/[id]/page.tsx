import Link from "next/link";
import { AccountStatusBadge } from "@/components/settings/accounts/account-status-badge";
import { AccountStatusActions } from "@/components/settings/accounts/account-status-actions";
import { ChangeRoleForm } from "@/components/settings/accounts/change-role-form";
import { RecusalForm } from "@/components/settings/accounts/recusal-form";
import { ResetPasswordForm } from "@/components/settings/accounts/reset-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/dates";
import { roleLabel } from "@/lib/labels";
import { getAccount, listUnitOptions } from "@/lib/server/accounts/list-accounts";
import { needsTotp } from "@/lib/server/accounts/account-rules";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/not-found";

export const metadata = { title: "账号详情" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("account", "manage");
  const { id } = await params;
  const account = await orNotFound(getAccount(actor, id));
  const units = await listUnitOptions(actor);
  const self = account.id === actor.userId;
  return (
    <div>
      <PageHeader title={`账号：${account.username}`} description={account.displayName} />
      <p className="mb-4 text-sm">
        <Link href="/settings/accounts" className="text-brand-700 hover:underline">
          ← 返回账号列表
        </Link>
      </p>
      <Card title="概况" className="mb-4">
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">角色</dt>
          <dd data-testid="account-role">{account.role ? roleLabel[account.role] : "未授权"}</dd>
          <dt className="text-slate-500">所属单位</dt>
          <dd>{account.unitName ?? "—"}</dd>
          <dt className="text-slate-500">状态</dt>
          <dd>
            <AccountStatusBadge a={account} />
          </dd>
          <dt className="text-slate-500">动态口令</dt>
          <dd>{account.hasTotp ? "已绑定" : "未绑定"}</dd>
          <dt className="text-slate-500">创建时间</dt>
          <dd>{formatDateTime(account.createdAt)}</dd>
          <dt className="text-slate-500">最近登录</dt>
          <dd>{formatDateTime(account.lastSignInAt) || "从未登录"}</dd>
        </dl>
      </Card>
      {self ? (
        <p className="rounded-md bg-slate-100 p-4 text-sm text-slate-700">
          这是您自己的账号。按照三员分立要求，不能在此更改自己的角色、停用自己或重置自己的凭据；修改密码请使用左下角的“修改密码”。
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="角色与所属单位">
            <ChangeRoleForm account={{ ...account, role: account.role ?? "ORG_STAFF" }} units={units} />
          </Card>
          <Card title="重置密码">
            <ResetPasswordForm account={account} />
          </Card>
          <Card title="回避登记" className="lg:col-span-2">
            <RecusalForm account={account} />
          </Card>
          <Card title="账号状态与动态口令" className="lg:col-span-2">
            <AccountStatusActions account={account} usesTotp={account.role !== null && needsTotp(account.role)} />
          </Card>
        </div>
      )}
    </div>
  );
}
