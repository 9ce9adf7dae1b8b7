// 干部名册的批量办理 (issue 24 item 4) in the browser: tick three rows, export just them (the
// workbook's title, date, filter line, header with an auto-filter, and exactly those three rows in
// the order on screen), then enter them into the pool and read every person's outcome.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

test("勾选三人：导出所选（标题、日期、筛选条件、自动筛选），再批量入库并逐人看到结果", async ({ page }) => {
  // the youngest first (年龄 ascending, sorted on the server)
  await page.goto("/cadres?sort=age&size=20");
  const grid = page.getByTestId("data-table");
  const nameCells = grid.locator("tbody tr td:nth-child(2)");
  await expect(nameCells.first()).toBeVisible();
  const names = (await nameCells.allInnerTexts()).slice(0, 3).map((s) => s.trim());
  for (const name of names) await page.getByRole("checkbox", { name: `勾选${name}`, exact: true }).check();
  await expect(page.getByTestId("batch-selected")).toHaveText("已勾选 3 人");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("batch-export").click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("干部名册")!;
  expect(ws.getCell("A1").value).toBe("干部名册");
  expect(String(ws.getCell("A2").value)).toMatch(/^导出日期：\d{4}\.\d{2}\.\d{2}　年龄计算至：.+共 3 人$/);
  expect(String(ws.getCell("A3").value)).toBe("筛选条件：状态：在职；所选干部：勾选的 3 人");
  expect(ws.getCell("B4").value).toBe("姓名");
  expect(String(ws.autoFilter)).toMatch(/^A4:[A-Z]4$/);
  expect([5, 6, 7].map((r) => ws.getCell(`B${r}`).value)).toEqual(names);
  expect(ws.rowCount).toBe(7);

  await page.getByTestId("batch-pool-open").click();
  const panel = page.getByTestId("batch-pool");
  await panel.getByLabel("入库层级").selectOption({ label: "科级年轻干部" });
  await panel.getByLabel("来源渠道").selectOption({ index: 1 });
  await panel.getByLabel("入库依据").fill("名册批量入库测试");
  await panel.getByTestId("batch-pool-submit").click();
  const dialog = page.getByRole("dialog", { name: "确认批量入库" });
  await expect(dialog).toContainText("将为所选3 人办理科级年轻干部入库");
  await dialog.getByRole("button", { name: "确认入库" }).click();

  const result = page.getByTestId("batch-pool-result");
  await expect(result.getByRole("status")).toBeVisible({ timeout: 30_000 });
  const rows = result.getByTestId("batch-pool-row");
  await expect(rows).toHaveCount(3);
  const outcomes: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(rows.nth(i).locator("td").first()).toHaveText(names[i]);
    outcomes.push((await rows.nth(i).locator("td").nth(2).innerText()).trim());
  }
  for (const o of outcomes) expect(["已入库", "已在库", "不符合", "不适用", "有提示，未入库"]).toContain(o);
  // a refusal names its rule ids (e.g. D20-AGE-FC) beside its reason
  for (let i = 0; i < 3; i++)
    if (outcomes[i] !== "已入库" && outcomes[i] !== "已在库")
      await expect(rows.nth(i).locator("td").nth(3)).toContainText(/（[A-Z0-9]+-[A-Z0-9-]+）/);
  // what the page says was entered is what the database holds
  const entered = await queryDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "PoolEntry" e JOIN "Cadre" c ON c.id = e."cadreId"
      WHERE c.name = ANY($1) AND e."closedOn" IS NULL AND e.basis = '名册批量入库测试'`,
    [names],
  );
  expect(entered[0].n).toBe(outcomes.filter((o) => o === "已入库").length);
});
