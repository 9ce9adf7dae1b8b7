// The 概况 card of an account, the same for both administrators.
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format/dates";
import { roleLabel, securityLevelLabel } from "@/lib/labels";
import { expiryDayOf } from "@/lib/validation/user-account";
import type { AccountView } from "@/lib/server/accounts/list-accounts";
import { AccountStatusBadge } from "./account-status-badge";

export const SECOND_FACTOR_LABEL: Record<AccountView["secondFactor"], string> = {
  ENROLLED: "已绑定",
  PENDING: "待绑定",
  NOT_REQUIRED: "不需要",
};

export function AccountSummary({ account }: { account: AccountView }) {
  return (
    <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
      <dt className="text-slate-500">角色</dt>
      <dd data-testid="account-role">{account.role ? roleLabel[account.role] : "未授权"}</dd>
      <dt className="text-slate-500">所属单位</dt>
      <dd>{account.unitName ?? "—"}</dd>
      <dt className="text-slate-500">密级</dt>
      <dd data-testid="account-clearance">{securityLevelLabel[account.clearance]}</dd>
      <dt className="text-slate-500">状态</dt>
      <dd className="flex items-center gap-2">
        <AccountStatusBadge a={account} />
        {account.disabledReason ? <span className="text-slate-600">{account.disabledReason}</span> : null}
        {account.isDemo ? <Badge tone="warn">演示</Badge> : null}
      </dd>
      <dt className="text-slate-500">到期日</dt>
      <dd>{account.expiresAt ? expiryDayOf(account.expiresAt) : "不设"}</dd>
      <dt className="text-slate-500">动态口令</dt>
      <dd>{SECOND_FACTOR_LABEL[account.secondFactor]}</dd>
      <dt className="text-slate-500">回避登记</dt>
      <dd>{account.recusalCount ? `${account.recusalCount} 个身份证号` : "无"}</dd>
      <dt className="text-slate-500">创建时间</dt>
      <dd>{formatDateTime(account.createdAt)}</dd>
      <dt className="text-slate-500">最近登录</dt>
      <dd>{formatDateTime(account.lastSignInAt) || "从未登录"}</dd>
    </dl>
  );
}
