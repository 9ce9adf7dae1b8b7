import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { requireActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "修改密码" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const actor = await requireActor({ allowPasswordChange: true });
  return (
    <main className="flex min-h-screen items-center justify-center bg-brand-50 p-6">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">修改密码</h1>
        {actor.mustChangePassword ? (
          <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="must-change">
            首次登录、密码被重置或密码已超过有效期，请先设置新密码。
          </p>
        ) : null}
        <p className="mb-6 mt-2 text-xs text-slate-500">
          新密码至少 {MIN_PASSWORD_LENGTH} 位，包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。
        </p>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
