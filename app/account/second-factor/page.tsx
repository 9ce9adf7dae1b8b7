import { redirect } from "next/navigation";
import { encode } from "uqr";
import { QrCode } from "@/components/account/qr-code";
import { SecondFactorForm } from "@/components/account/second-factor-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireActor } from "@/lib/server/auth/current-actor";
import { pendingEnrolment } from "@/lib/server/auth/enrol-second-factor";

export const metadata = { title: "绑定动态口令" };
export const dynamic = "force-dynamic";

/** The secret as the authenticator apps expect it typed: groups of 4. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

// Shown to the holder only, at the first sign-in that needs a second factor (or after the
// 安全管理员 reset it). An administrator never sees this secret.
export default async function SecondFactorPage() {
  const actor = await requireActor({ allowEnrolment: true });
  if (!actor.mustEnrollTotp) redirect("/");
  const { secret, uri } = await pendingEnrolment(actor);
  return (
    <main className="flex min-h-screen items-center justify-center bg-brand-50 p-6">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">绑定动态口令</h1>
        <p className="mb-4 mt-2 text-sm text-slate-600">
          您的账号须使用动态口令（第二重身份鉴别）登录。请在手机上用验证器应用（如 Microsoft Authenticator、 Google
          身份验证器、FreeOTP）扫描下面的二维码，或手动输入密钥，然后填写应用显示的 6 位数字。
        </p>
        <div className="mb-4 flex flex-col items-center gap-2">
          <QrCode modules={encode(uri, { ecc: "M" }).data} label="动态口令二维码" />
          <p className="text-xs text-slate-500">手动输入的密钥（基于时间，30 秒，6 位）：</p>
          <code className="select-all font-mono text-sm tracking-wider" data-testid="totp-secret">
            {grouped(secret)}
          </code>
        </div>
        <SecondFactorForm />
        <div className="mt-4 flex items-center justify-between text-xs text-slate-400">
          <span>密钥仅显示给账号本人；绑定后无法再次查看。</span>
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
