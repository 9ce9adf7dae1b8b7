import Link from "next/link";
import { AccountStatusActions } from "@/components/settings/accounts/account-status-actions";
import { AccountSummary } from "@/components/settings/accounts/account-summary";
import { ExpiryForm } from "@/components/settings/accounts/expiry-form";
import { GrantAccessForm } from "@/components/settings/accounts/grant-access-form";
import { RecusalForm } from "@/components/settings/accounts/recusal-form";
import { ResetPasswordForm } from "@/components/settings/accounts/reset-password-form";
import { SecondFactorReset } from "@/components/settings/accounts/second-factor-reset";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/authz/permissions";
import { expiryDayOf } from "@/lib/validation/user-account";
import { getAccount, listUnitOptions } from "@/lib/server/accounts/list-accounts";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/not-found";

export const metadata = { title: "账号详情" };

// Each administrator sees only the cards of their own powers (三员分立); the actions check again.
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("account", "read");
  const { id } = await params;
  const account = await orNotFound(getAccount(actor, id));
  const self = account.id === actor.userId;
  const maintains = can(actor.role, "account", "update");
  const grants = can(actor.role, "role", "manage");
  const units = grants && !self ? await listUnitOptions(actor) : [];
  return (
    <div>
      <div className="no-print">
        <PageHeader title={`账号：${account.username}`} description={account.displayName} />
        <p className="mb-4 text-sm">
          <Link href="/settings/accounts" className="text-brand-700 hover:underline">
            ← 返回账号列表
          </Link>
        </p>
        <Card title="概况" className="mb-4">
          <AccountSummary account={account} />
        </Card>
      </div>
      {self ? (
        <p className="rounded-md bg-slate-100 p-4 text-sm text-slate-700" data-testid="own-account">
          这是您自己的账号。按照三员分立要求，任何管理员都不能在此更改自己的角色、密级、状态或凭据；修改密码请使用左下角的“修改密码”。
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {maintains ? (
            <>
              <Card title="账号状态" className="no-print">
                <AccountStatusActions account={account} />
              </Card>
              <Card title="到期日" className="no-print">
                <ExpiryForm
                  account={{
                    id: account.id,
                    version: account.version,
                    expiryDay: account.expiresAt ? expiryDayOf(account.expiresAt) : "",
                  }}
                />
              </Card>
              <Card title="重置密码" className="lg:col-span-2">
                <ResetPasswordForm account={account} />
              </Card>
            </>
          ) : null}
          {grants ? (
            <Card title="角色、所属单位与密级">
              <GrantAccessForm account={account} units={units} />
            </Card>
          ) : null}
          {can(actor.role, "secondFactor", "manage") ? (
            <Card title="动态口令">
              <SecondFactorReset account={account} />
            </Card>
          ) : null}
          {can(actor.role, "recusal", "manage") ? (
            <Card title="回避登记" className="lg:col-span-2">
              <RecusalForm account={account} />
            </Card>
          ) : null}
        </div>
      )}
    </div>
  );
}
