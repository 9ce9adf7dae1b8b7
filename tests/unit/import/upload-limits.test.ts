import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, uploadSizeProblem } from "@/lib/import/upload-limits";

const MB = 1024 * 1024;

describe("uploadSizeProblem (said beside the file field before uploading)", () => {
  it("names the 花名册's own limit", () => {
    expect(uploadSizeProblem([{ name: "花名册.XLSX", size: 10 * MB + 1 }])).toBe("文件超过 10 MB 上限，请拆分后再导入");
    expect(uploadSizeProblem([{ name: "花名册.xlsx", size: 10 * MB - 2048 }])).toBeNull();
  });
  it("names the request limit for files together", () => {
    const forms = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.lrmx`, size: 4.5 * MB }));
    expect(uploadSizeProblem(forms)).toBe("上传的文件超过 20 MB 上限，请分批导入");
    expect(uploadSizeProblem(forms.slice(0, 4))).toBeNull();
    expect(uploadSizeProblem([{ name: "a.zip", size: MAX_UPLOAD_BYTES }])).not.toBeNull();
  });
  it("leaves a single form file over 5 MB to the dry run, which skips only that file", () => {
    expect(uploadSizeProblem([{ name: "big.lrmx", size: 6 * MB }])).toBeNull();
  });
});
