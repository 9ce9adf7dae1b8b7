"use client";

// Unexpected errors: a generic Chinese message with a reference id (the digest Next.js logs
// on the server), never a stack trace or SQL.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-xl font-semibold">系统出现异常，请稍后重试</h1>
      <p className="mt-2 text-sm text-slate-600">
        如问题持续，请联系系统管理员并提供参考编号：
        <code className="ml-1 rounded bg-slate-100 px-1" data-testid="error-reference">
          {error.digest ?? "无"}
        </code>
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-white">
        重试
      </button>
    </main>
  );
}
