// Uploaded 任免审批表 files → the forms to read: .lrmx files, .lrm files with their sibling .pic
// photo, and .zip archives of them (one level; names in UTF-8 or, from Chinese Windows, GBK).
// Archives are untrusted: entry count, entry size and total size are capped while inflating,
// so a zip bomb stops at the cap instead of filling memory. Pure (jszip, no database).
import JSZip from "jszip";
import { decodeText } from "@/lib/lrmx/decode-text";
import { MAX_LRMX_BYTES } from "@/lib/lrmx/types";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FormFile {
  name: string;
  kind: "lrmx" | "lrm";
  bytes: Uint8Array;
  pic?: Uint8Array;
}

export interface CollectedFiles {
  files: FormFile[];
  /** a file (or archive entry) that cannot be read at all */
  errors: Array<{ file: string; message: string }>;
  notices: string[];
}

export const MAX_FORM_FILES = 500;
const MAX_ZIP_TOTAL = 200 * 1024 * 1024;

class TooLarge extends Error {}

function readLimited(entry: JSZip.JSZipObject, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream("nodebuffer") as NodeJS.ReadableStream & { destroy?: () => void };
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          stream.destroy?.();
          reject(new TooLarge());
        } else chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => resolve(Buffer.concat(chunks)));
  });
}

const ext = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
const base = (name: string) => name.replace(/^.*[/\\]/, "");
const stem = (name: string) => name.replace(/\.[^./\\]+$/, "").toLowerCase();
const isZip = (f: UploadedFile) =>
  ext(f.name) === "zip" || (f.bytes[0] === 0x50 && f.bytes[1] === 0x4b && ext(f.name) !== "lrmx");

async function expandZip(zipFile: UploadedFile, out: UploadedFile[], result: CollectedFiles): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipFile.bytes, { decodeFileName: (b) => decodeText(b as Uint8Array) });
  } catch {
    result.errors.push({ file: zipFile.name, message: "压缩包已损坏或不是 zip 格式，无法打开" });
    return;
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const name = `${zipFile.name}/${entry.name}`;
    if (entry.dir || /(^|\/)(__MACOSX|\.)/.test(entry.name)) continue;
    if (out.length >= MAX_FORM_FILES) {
      result.errors.push({ file: name, message: `一次最多导入 ${MAX_FORM_FILES} 个文件，其余未读取` });
      return;
    }
    if (ext(entry.name) === "zip") {
      result.notices.push(`压缩包中的压缩包不会展开：${name}`);
      continue;
    }
    try {
      const bytes = await readLimited(entry, MAX_LRMX_BYTES);
      total += bytes.length;
      if (total > MAX_ZIP_TOTAL) {
        result.errors.push({ file: zipFile.name, message: "压缩包解压后超过 200 MB，其余文件未读取" });
        return;
      }
      out.push({ name: entry.name, bytes });
    } catch (e) {
      if (!(e instanceof TooLarge)) throw e;
      result.errors.push({ file: name, message: "文件过大，单个任免审批表文件不能超过 5 MB" });
    }
  }
}

export async function collectFormFiles(uploads: readonly UploadedFile[]): Promise<CollectedFiles> {
  const result: CollectedFiles = { files: [], errors: [], notices: [] };
  const plain: UploadedFile[] = [];
  for (const u of uploads) {
    if (isZip(u)) await expandZip(u, plain, result);
    else plain.push(u);
  }
  const pics = new Map(plain.filter((f) => ext(f.name) === "pic").map((f) => [stem(f.name), f.bytes]));
  for (const f of plain) {
    const e = ext(f.name);
    if (e === "lrmx") result.files.push({ name: f.name, kind: "lrmx", bytes: f.bytes });
    else if (e === "lrm") result.files.push({ name: f.name, kind: "lrm", bytes: f.bytes, pic: pics.get(stem(f.name)) });
    else if (e !== "pic") result.notices.push(`已忽略不是任免审批表的文件：${base(f.name)}`);
  }
  if (result.files.length > MAX_FORM_FILES) {
    result.errors.push({ file: "", message: `一次最多导入 ${MAX_FORM_FILES} 个文件，请分批导入` });
    result.files = result.files.slice(0, MAX_FORM_FILES);
  }
  return result;
}
