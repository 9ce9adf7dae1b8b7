// Fetches an export and saves it under the server's file name, so that a refusal (403, 422)
// shows in the dialog as the server's Chinese message instead of replacing the page.

function fileNameOf(disposition: string | null, fallback: string): string {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (!m) return fallback;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return fallback;
  }
}

/** Downloads `href`; resolves to null when saved, else to the message to show. */
export async function downloadExport(href: string): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: "same-origin", cache: "no-store" });
  } catch {
    return "网络连接失败，请稍后重试";
  }
  if (!res.ok) {
    const text = (await res.text().catch(() => "")).trim();
    return text && text.length < 300 ? text : `导出失败（${res.status}），请稍后重试`;
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileNameOf(res.headers.get("content-disposition"), "导出文件");
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
