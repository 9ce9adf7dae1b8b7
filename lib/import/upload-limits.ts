// The size limits of imports, in one place for the server (refusing with 413) and the import
// panel (which says so beside the file field before uploading anything). The request limit
// equals nginx's client_max_body_size (docs/deploy/nginx-miaopu.conf), so a too-large upload
// gets this Chinese message rather than nginx's English page.
import { MAX_LRMX_BYTES } from "@/lib/lrmx/types";

const MB = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 20 * MB;
export const MAX_ROSTER_BYTES = 10 * MB;
export { MAX_LRMX_BYTES };

const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

export const uploadTooLargeMessage = () => `上传的文件超过 ${mb(MAX_UPLOAD_BYTES)} 上限，请分批导入`;
export const rosterTooLargeMessage = () => `文件超过 ${mb(MAX_ROSTER_BYTES)} 上限，请拆分后再导入`;

/**
 * What is wrong with the size of the chosen files, or null. A 花名册 (.xlsx) over its own limit,
 * or files over the request limit together. (A single form file over 5 MB is reported by the
 * dry run beside that file, and the others can still be imported.)
 */
export function uploadSizeProblem(files: ReadonlyArray<{ name: string; size: number }>): string | null {
  if (files.some((f) => /\.xlsx$/i.test(f.name) && f.size > MAX_ROSTER_BYTES)) return rosterTooLargeMessage();
  // multipart framing adds a few hundred bytes per file; leave room so the server agrees
  const total = files.reduce((n, f) => n + f.size + 1024, 0);
  return total > MAX_UPLOAD_BYTES ? uploadTooLargeMessage() : null;
}
