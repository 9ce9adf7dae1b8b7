// Browser side of an import request: posts the files and reads the NDJSON answer line by line,
// handing progress to the caller as it arrives.
import type { ImportEvent, ImportReport, ImportResult } from "@/lib/import/report";

export type ImportAnswer =
  | { type: "report"; report: ImportReport }
  | { type: "done"; result: ImportResult }
  | { type: "error"; message: string };

export async function postImport(
  endpoint: string,
  files: File[],
  fields: Record<string, string>,
  onProgress: (e: Extract<ImportEvent, { type: "progress" }>) => void,
): Promise<ImportAnswer> {
  const body = new FormData();
  for (const f of files) body.append("file", f);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  let res: Response;
  try {
    res = await fetch(endpoint, { method: "POST", body });
  } catch {
    return { type: "error", message: "网络连接中断，请检查网络后重试" };
  }
  if (!res.ok || !res.body)
    return { type: "error", message: (await res.text().catch(() => "")) || `请求失败（${res.status}）` };
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last: ImportAnswer = { type: "error", message: "服务器没有返回结果，请重试" };
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      const e = JSON.parse(line) as ImportEvent;
      if (e.type === "progress") onProgress(e);
      else last = e;
    }
    if (done) break;
  }
  return last;
}
