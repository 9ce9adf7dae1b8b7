import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

// 统计报表: organization staff open 年轻干部配备情况 for a year ago, download it, and the
// workbook's totals (实有/应有/缺口 of every D20-ST team target) are the screen's.
test("干部科打开一年前的年轻干部配备情况，导出 Excel，表中合计与页面一致", async ({ page }) => {
  await page.goto("/reports");
  await page.getByRole("link", { name: "年轻干部配备情况" }).click();
  await expect(page.getByRole("heading", { name: "年轻干部配备情况", level: 1 })).toBeVisible();
  const today = await page.getByTestId("report-as-of").textContent();
  await page.getByRole("link", { name: "一年前" }).click();
  await expect(page.getByTestId("report-as-of")).not.toHaveText(today!);
  const asOf = (await page.getByTestId("report-as-of").textContent())!;
  await expect(page.getByTestId("report-basis")).toContainText("范围 全区");

  const screen = page.getByTestId("report-table-0").getByTestId("report-total-row");
  await expect(screen).toHaveCount(3);
  const onScreen = await screen.evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
  expect(onScreen.map((r) => r[0])).toEqual(["实有（合计）", "应有", "缺口"]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^年轻干部配备情况_全区_\d{8}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("配备情况")!;
  const [y, m, d] = asOf.match(/\d+/g)!;
  expect(String(ws.getCell("A2").value)).toContain(`统计日期：${y}年${m}月${d}日`);
  const inFile: string[][] = [];
  ws.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)));
    if (["实有（合计）", "应有", "缺口"].includes(cells[0])) inFile.push(cells);
  });
  expect(inFile).toEqual(onScreen);
  // the names behind the numbers, on the second sheet
  expect(wb.getWorksheet("人员名单")!.rowCount).toBeGreaterThan(3);
});
