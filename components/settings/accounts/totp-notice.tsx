"use client";

/** A new TOTP secret, shown once: the administrator hands it to the user in person. */
export function TotpNotice({ username, totp }: { username: string; totp: { secret: string; uri: string } }) {
  return (
    <div
      className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
      data-testid="totp-notice"
    >
      <p className="font-medium">已为 {username} 生成动态口令密钥（仅显示这一次，请当面交给本人录入身份验证器）</p>
      <p className="mt-2">
        密钥：
        <code className="select-all break-all font-mono" data-testid="totp-secret">
          {totp.secret}
        </code>
      </p>
      <p className="mt-1">
        otpauth 地址：<code className="select-all break-all font-mono text-xs">{totp.uri}</code>
      </p>
    </div>
  );
}
