import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-xl font-semibold">未找到该页面或记录</h1>
      <p className="mt-2 text-sm text-slate-600">它可能不存在，或不在您的查看范围内。</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        返回首页
      </Link>
    </main>
  );
}
