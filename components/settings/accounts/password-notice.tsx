"use client";
// The printed 开户通知 / 密码重置通知: the one time a one-time password is shown. It is handed
// to the holder in person; when printed, it prints alone (.print-alone, app/globals.css).
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/dates";

export interface PasswordNoticeData {
  username: string;
  displayName: string;
  oneTimePassword: string;
  issuedAt: Date;
  validUntil: Date;
}

export function PasswordNotice({ kind, notice }: { kind: "create" | "reset"; notice: PasswordNoticeData }) {
  const title = kind === "create" ? "开户通知" : "密码重置通知";
  return (
    <div className="mt-4">
      <div
        className="print-alone rounded-md border-2 border-slate-400 bg-white p-6 text-sm leading-7 text-slate-900"
        data-testid="password-notice"
      >
        <h3 className="text-center text-lg font-semibold tracking-widest">{title}</h3>
        <p className="text-center text-xs text-slate-500">（请当面交本人签收，妥善保管，不得转交他人）</p>
        <dl className="mt-4 grid grid-cols-[7rem_1fr] gap-y-1">
          <dt>姓名</dt>
          <dd>{notice.displayName}</dd>
          <dt>用户名</dt>
          <dd className="font-mono">{notice.username}</dd>
          <dt>一次性密码</dt>
          <dd className="select-all font-mono text-base font-semibold" data-testid="one-time-password">
            {notice.oneTimePassword}
          </dd>
          <dt>有效期至</dt>
          <dd>{formatDateTime(notice.validUntil)}（逾期未使用即失效，须重新申请）</dd>
        </dl>
        <ol className="mt-4 list-decimal pl-5">
          <li>首次登录后须立即修改密码，新密码不得告知他人。</li>
          {kind === "create" ? (
            <li>按提示用手机上的身份验证器扫码绑定动态口令，并抄存恢复码；管理员不掌握您的动态口令。</li>
          ) : (
            <li>原已绑定的动态口令继续有效，登录时仍须输入；手机遗失的，请向安全管理员申请重置动态口令。</li>
          )}
          <li>账号的角色与数据范围由安全管理员授予，尚未授予前不能登录。</li>
        </ol>
        <p className="mt-4 text-xs text-slate-500">签发时间：{formatDateTime(notice.issuedAt)}</p>
        <p className="mt-6">本人签收：______________　　日期：______________</p>
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button variant="secondary" onClick={() => window.print()}>
          打印通知
        </Button>
        <span className="text-xs text-slate-500">密码只显示这一次，离开本页后无法再次查看。</span>
      </div>
    </div>
  );
}
