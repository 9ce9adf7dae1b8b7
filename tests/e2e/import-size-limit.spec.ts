// An upload over the size limit is refused beside the file field, in Chinese, naming the
// limit, before anything is uploaded (lib/import/upload-limits.ts); the server refuses the
// same with 413 (tests/integration/http/refusals.test.ts).
import { expect, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

test("a 花名册 over 10 MB and form files over 20 MB together are refused beside the field", async ({ page }) => {
  await page.goto("/import");
  const roster = page.getByTestId("roster-import");
  await page.getByLabel("选择花名册 Excel 文件").setInputFiles({
    name: "花名册.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
  });
  await expect(roster.getByTestId("import-size-error")).toHaveText("文件超过 10 MB 上限，请拆分后再导入");
  await expect(roster.getByRole("button", { name: "预检" })).toBeDisabled();

  const forms = page.getByTestId("form-import");
  await forms.getByLabel(/选择任免审批表文件/).setInputFiles(
    [0, 1, 2, 3, 4].map((i) => ({
      name: `${i}.lrmx`,
      mimeType: "application/octet-stream",
      buffer: Buffer.alloc(4.5 * 1024 * 1024),
    })),
  );
  await expect(forms.getByTestId("import-size-error")).toHaveText("上传的文件超过 20 MB 上限，请分批导入");
  await expect(forms.getByRole("button", { name: "预检" })).toBeDisabled();
});
