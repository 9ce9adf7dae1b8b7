import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { collectFormFiles } from "@/lib/import/form-files";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("collectFormFiles", () => {
  it("pairs an .lrm with its .pic, keeps .lrmx, and notes other files", async () => {
    const r = await collectFormFiles([
      { name: "a.lrmx", bytes: bytes("<Person/>") },
      { name: "B.LRM", bytes: bytes('"x"') },
      { name: "b.pic", bytes: new Uint8Array([0xff, 0xd8, 0xff]) },
      { name: "readme.txt", bytes: bytes("hi") },
    ]);
    expect(r.files.map((f) => [f.name, f.kind, f.pic?.length ?? 0])).toEqual([
      ["a.lrmx", "lrmx", 0],
      ["B.LRM", "lrm", 3],
    ]);
    expect(r.notices).toEqual(["已忽略不是任免审批表的文件：readme.txt"]);
  });

  it("reads zip entry names written in GBK by Chinese Windows", async () => {
    const zip = new JSZip();
    zip.file("zhangsan.lrmx", "<Person/>");
    // 张三.lrmx in GBK: D5 C5 C8 FD + ".lrmx"
    const gbk = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, ...bytes(".lrmx")]);
    const data = await zip.generateAsync({ type: "uint8array", encodeFileName: () => gbk as unknown as string });
    const r = await collectFormFiles([{ name: "批量.zip", bytes: data }]);
    expect(r.files.map((f) => f.name)).toEqual(["张三.lrmx"]);
  });

  it("stops inflating an entry at 5 MB (a zip bomb does not fill memory) and reports a broken archive", async () => {
    const zip = new JSZip();
    zip.file("bomb.lrmx", new Uint8Array(6 * 1024 * 1024));
    zip.file("ok.lrmx", "<Person/>");
    const r = await collectFormFiles([
      { name: "x.zip", bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) },
    ]);
    expect(r.errors).toEqual([{ file: "x.zip/bomb.lrmx", message: "文件过大，单个任免审批表文件不能超过 5 MB" }]);
    expect(r.files.map((f) => f.name)).toEqual(["ok.lrmx"]);
    const broken = await collectFormFiles([{ name: "y.zip", bytes: bytes("PK not really") }]);
    expect(broken.errors).toEqual([{ file: "y.zip", message: "压缩包已损坏或不是 zip 格式，无法打开" }]);
  });
});
