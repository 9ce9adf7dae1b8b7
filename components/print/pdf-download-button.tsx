"use client";
// 下载 PDF: asks the server for the 任免审批表 PDF and saves it under the server's file name,
// showing that it is working (and for how long) meanwhile, and the server's Chinese message, or
// a clear one, when it fails — instead of a link that leaves the page blank for seconds.
import { useEffect, useState } from "react";
import { downloadExport } from "@/components/export/download";
import { Button } from "@/components/ui/button";

/** `count` null: not known in the browser (the server resolves "all that match"). */
export function PdfDownloadButton({ href, count }: { href: string; count: number | null }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (startedAt === null) return;
    const t = setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 500);
    return () => clearInterval(t);
  }, [startedAt]);
  async function run() {
    setError(null);
    setSeconds(0);
    setStartedAt(Date.now());
    const message = await downloadExport(href).catch(() => "生成 PDF 失败，请稍后重试");
    setStartedAt(null);
    if (message) setError(`生成 PDF 失败：${message}`);
  }
  const busy = startedAt !== null;
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" disabled={busy} onClick={() => void run()} data-testid="pdf-export">
        {busy ? "正在生成 PDF…" : "下载 PDF"}
      </Button>
      {busy ? (
        <span role="status" className="text-xs text-slate-600" data-testid="pdf-progress">
          正在生成{count ? ` ${count} 份` : ""}任免审批表{seconds ? `，已用 ${seconds} 秒` : ""}
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="text-xs text-red-600" data-testid="pdf-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
