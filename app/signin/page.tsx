import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "登录" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await getActor()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center bg-brand-50 p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold text-brand-700">苗圃</h1>
        <p className="mb-6 text-sm text-slate-500">优秀年轻干部库管理系统</p>
        <SignInForm />
        <p className="mt-6 text-xs leading-5 text-slate-400">
          本系统存储干部人事敏感信息，仅限授权人员使用，所有操作均记录审计日志。
        </p>
      </div>
    </main>
  );
}
