// Bytes of a 任免审批表 file → text. LRMX is UTF-8 (sometimes with a BOM, sometimes UTF-16 when
// re-saved by Windows tools, occasionally GB2312 with a matching XML declaration); LRM is
// GB2312. Node's TextDecoder (full ICU) reads GB18030, a superset of GB2312/GBK, so no
// conversion library is needed. Pure.

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

function declared(bytes: Uint8Array): string | null {
  // The XML declaration is ASCII in every encoding we accept except UTF-16 (handled by BOM).
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_-]+)["']/i.exec(head)?.[1].toLowerCase() ?? null;
}

export function detectEncoding(bytes: Uint8Array, fallback: TextEncodingName = "utf-8"): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const d = declared(bytes);
  if (d && /^(gb2312|gbk|gb18030|cp936)$/.test(d)) return "gb18030";
  if (fallback === "gb18030") return "gb18030";
  // UTF-8 if the bytes are valid UTF-8 (declared or not: some tools declare UTF-8 and write
  // the Windows code page), else the Chinese Windows code page.
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

export function decodeText(bytes: Uint8Array, fallback: TextEncodingName = "utf-8"): string {
  const encoding = detectEncoding(bytes, fallback);
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, "");
}
