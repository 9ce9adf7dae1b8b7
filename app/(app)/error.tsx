"use client";

// Unexpected errors inside the signed-in pages: the same generic message and reference id as
// app/error.tsx, but within the app's layout, so the navigation stays and the user can go on.
import Link from "next/link";

export default function AppErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-md py-10 text-center" role="alert">
      <h1 className="text-xl font-semibold">系统出现异常，请稍后重试</h1>
      <p className="mt-2 text-sm text-slate-600">
        如问题持续，请联系系统管理员并提供参考编号：
        <code className="ml-1 rounded bg-slate-100 px-1" data-testid="error-reference">
          {error.digest ?? "无"}
        </code>
      </p>
      <div className="mt-4 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 text-white">
          重试
        </button>
        <Link href="/" className="rounded-md border border-slate-300 px-4 py-2 text-slate-700">
          返回首页
        </Link>
      </div>
    </section>
  );
}
