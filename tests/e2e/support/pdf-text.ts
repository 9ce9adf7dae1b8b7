// The text of each page of a PDF made by Chromium (Skia), to check what a printed 任免审批表
// says without a PDF library: objects are read by their /Length, Flate streams inflated, each
// page's fonts mapped to their ToUnicode CMaps, and the page's hex strings decoded through the
// font selected (Tf) — or replaced by the span's ActualText where Skia gives one. Text runs are
// separated by line breaks.
import zlib from "node:zlib";

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const s = pdf.toString("latin1");
  const out = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(s))) {
    const start = m.index + m[0].length;
    const endAt = s.indexOf("endobj", start);
    const streamAt = s.indexOf("stream", start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = s.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      let at = streamAt + "stream".length;
      if (s[at] === "\r") at++;
      if (s[at] === "\n") at++;
      const raw = pdf.subarray(at, at + length);
      out.set(Number(m[1]), { dict, stream: /FlateDecode/.test(dict) ? zlib.inflateSync(raw) : raw });
      head.lastIndex = at + length;
    } else {
      out.set(Number(m[1]), { dict: s.slice(start, endAt) });
      if (endAt !== -1) head.lastIndex = endAt;
    }
  }
  return out;
}

const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");

interface CMap {
  bytes: number;
  map: Map<number, string>;
}

function cmap(text: string): CMap {
  const map = new Map<number, string>();
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(text);
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(src, 16), utf16(dst));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(dst, 16);
      for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++)
        map.set(c, String.fromCodePoint(first + c - parseInt(lo, 16)));
    }
  return { bytes: space ? space[1].length / 2 : 1, map };
}

function pageRefs(objs: Map<number, PdfObject>, id: number): number[] {
  const dict = objs.get(id)?.dict ?? "";
  if (/\/Type\s*\/Page(?![s\w])/.test(dict)) return [id];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "";
  return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => pageRefs(objs, Number(k[1])));
}

function pageText(objs: Map<number, PdfObject>, page: string): string {
  const fonts = new Map<string, CMap>();
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(page)?.[1] ?? "";
  for (const [, name, ref] of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
    const unicode = /\/ToUnicode (\d+) 0 R/.exec(objs.get(Number(ref))?.dict ?? "")?.[1];
    const stream = unicode ? objs.get(Number(unicode))?.stream : undefined;
    if (stream) fonts.set(name, cmap(stream.toString("latin1")));
  }
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? "";
  const content = [...contents.matchAll(/(\d+) 0 R/g)]
    .map((r) => objs.get(Number(r[1]))?.stream?.toString("latin1") ?? "")
    .join("\n");
  let out = "";
  let font: CMap | undefined;
  let actual: string | null = null;
  const tokens = /ActualText\s*<([0-9A-Fa-f]*)>|\/(\w+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bEMC\b|\bET\b/g;
  for (const t of content.matchAll(tokens)) {
    if (t[1] !== undefined) {
      actual = utf16(t[1].replace(/^FEFF/i, ""));
      out += actual;
    } else if (t[2] !== undefined) font = fonts.get(t[2]);
    else if (t[3] !== undefined) {
      if (actual !== null || !font) continue;
      for (let i = 0; i + font.bytes * 2 <= t[3].length; i += font.bytes * 2)
        out += font.map.get(parseInt(t[3].slice(i, i + font.bytes * 2), 16)) ?? "";
    } else if (t[0] === "EMC") actual = null;
    else out += "\n";
  }
  return out;
}

/** Each page's text, in page order. */
export function pdfPagesText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const root = Number(/\/Pages (\d+) 0 R/.exec(catalog?.dict ?? "")?.[1]);
  return pageRefs(objs, root).map((id) => pageText(objs, objs.get(id)!.dict));
}
