// 导入导出 in the browser: staff fill the template, see the dry-run report, confirm and find
// the people in the roster; import 任免审批表 files (a hostile one is refused, the other goes
// in); download a 任免审批表 PDF (front and back on A4, a long 简历 continued on a 续页) and the
// roster and pool as .xlsx — 身份证号 masked by default, full numbers only on a purpose after a
// TOTP step-up, every file marked with who exported it and when.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO_ACCOUNTS } from "../factories/demo-accounts";
import { person, rosterFile } from "../support/roster-file";
import { expect, pageAs, queryDatabase, test } from "./support/fixtures";
import { freshTotp } from "./support/totp-codes";

test.use({ role: "ORG_STAFF" });

const fixture = (name: string) => path.resolve(__dirname, "../fixtures/lrmx", name);

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await download.path();
  return { download, body: readFileSync(file!) };
}

const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test("组织部干部下载模板、填写花名册、预检、确认导入，并在名册中找到导入的干部", async ({ page }) => {
  const [unit] = await queryDatabase<{ name: string }>(
    `SELECT name FROM "Unit" WHERE "archivedAt" IS NULL ORDER BY "sortOrder", name LIMIT 1`,
  );
  await page.goto("/import");
  const template = await downloaded(page, () => page.getByRole("link", { name: "下载导入模板" }).click());
  expect(template.download.suggestedFilename()).toBe("干部花名册导入模板.xlsx");

  const rows = [0, 1, 2].map((n) => person(n, unit.name, {}, "6301"));
  const bad = { ...person(3, unit.name, {}, "6301"), 出生年月: "1988.13" };
  const input = page.getByLabel("选择花名册 Excel 文件");
  await input.setInputFiles({
    name: "花名册.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(await rosterFile([...rows, bad])),
  });
  const panel = page.getByTestId("roster-import");
  await panel.getByRole("button", { name: "预检" }).click();
  await expect(panel.getByTestId("count-error")).toHaveText("错误 1");
  await expect(panel.getByTestId("import-error")).toContainText("第 6 行");
  await expect(panel.getByTestId("import-error")).toContainText("日期“1988.13”不存在");
  await expect(panel.getByRole("button", { name: "确认导入" })).toBeDisabled();

  await input.setInputFiles({
    name: "花名册.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(await rosterFile(rows)),
  });
  await panel.getByRole("button", { name: "预检" }).click();
  await expect(panel.getByTestId("count-create")).toHaveText("新建 3");
  await expect(panel.getByTestId("import-create")).toHaveCount(3);
  await panel.getByRole("button", { name: "确认导入" }).click();
  await expect(panel.getByTestId("import-done")).toContainText("新建 3 名");

  await page.goto(`/cadres?q=${encodeURIComponent(String(rows[1]["姓名"]))}`);
  await expect(page.getByRole("link", { name: String(rows[1]["姓名"]) })).toBeVisible();
  const roster = await downloaded(page, () => page.getByTestId("roster-export").click());
  expect(roster.download.suggestedFilename()).toMatch(/^干部名册_\d{8}\.xlsx$/);
  expect(roster.body.subarray(0, 2).toString()).toBe("PK");
});

test("导入任免审批表：含外部实体的文件被拒绝，另一份照常导入；下载 PDF（正反两页，简历过长时接续页）", async ({
  page,
}) => {
  await page.goto("/import");
  const panel = page.getByTestId("form-import");
  // A long 简历 (60 lines) for a second, fictional person: it must shrink, not spill onto a second page.
  const base = readFileSync(fixture("zhou-mingyuan.lrmx"), "utf8");
  const longResume = Array.from(
    { length: 60 },
    (_, i) =>
      `${1990 + Math.floor(i / 2)}.${i % 2 ? "07" : "01"}--${1990 + Math.floor((i + 1) / 2)}.${(i + 1) % 2 ? "07" : "01"}  青禾区某某局第${i + 1}个岗位的很长很长的职务名称（兼任某某工作领导小组办公室副主任）`,
  ).join("\n");
  const long = base
    .replace(/<JianLi>[\s\S]*<\/JianLi>/, `<JianLi>${longResume}</JianLi>`)
    .replace("340104198611030352", "340102199008080138")
    .replace("<XingMing>周明远</XingMing>", "<XingMing>吴长历</XingMing>")
    .replace("<ChuShengNianYue>1986.11</ChuShengNianYue>", "<ChuShengNianYue>199008</ChuShengNianYue>");
  const [unit] = await queryDatabase<{ id: string }>(
    `SELECT id FROM "Unit" WHERE "archivedAt" IS NULL ORDER BY "sortOrder", name LIMIT 1`,
  );
  await page.getByLabel("新建干部所在单位").selectOption(unit.id);
  await panel.getByLabel(/选择任免审批表文件/).setInputFiles([
    {
      name: "xxe-external-entity.lrmx",
      mimeType: "application/xml",
      buffer: readFileSync(fixture("xxe-external-entity.lrmx")),
    },
    { name: "zhou-mingyuan.lrmx", mimeType: "application/xml", buffer: readFileSync(fixture("zhou-mingyuan.lrmx")) },
    { name: "long.lrmx", mimeType: "application/xml", buffer: Buffer.from(long) },
  ]);
  await panel.getByRole("button", { name: "预检" }).click();
  await expect(panel.getByTestId("count-create")).toHaveText("新建 2");
  await expect(panel.getByTestId("import-error")).toContainText("出于安全原因拒绝读取");
  await panel.getByRole("button", { name: "确认导入" }).click();
  await expect(panel.getByTestId("import-done")).toContainText("新建 2 名");
  await expect(panel.getByTestId("import-done")).toContainText("有错误的 1 个文件未导入");

  const ids = await queryDatabase<{ id: string; name: string }>(
    `SELECT id, name FROM "Cadre" WHERE name IN ('周明远', '吴长历') ORDER BY name`,
  );
  expect(ids).toHaveLength(2);
  const zhou = ids.find((c) => c.name === "周明远")!;
  await page.goto(`/cadres/${zhou.id}`);
  await expect(page.getByTestId("form-resume")).toContainText("青禾区柳溪街道党工委书记");
  await expect(page.getByTestId("form-resume")).toContainText(
    "（其间：2011.09--2013.12在中共安徽省委党校经济管理专业在职研究生学习）",
  );
  const one = await downloaded(page, () => page.getByTestId("pdf-export").click());
  expect(one.download.suggestedFilename()).toBe("周明远任免审批表.pdf");
  expect(one.body.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdfPages(one.body)).toBe(Number(await page.getByTestId("approval-form").getAttribute("data-pages")));
  await page.getByTestId("lrmx-export").click();
  const lrmx = await downloaded(page, () =>
    page.getByTestId("lrmx-export-dialog").getByRole("button", { name: "下载" }).click(),
  );
  expect(lrmx.download.suggestedFilename()).toBe("周明远.lrmx");
  const xml = lrmx.body.toString("utf8");
  expect(xml).toContain("<ShenFenZheng>340104********0352</ShenFenZheng>"); // masked by default
  expect(xml.split("\n")[1]).toMatch(/^<!-- 苗圃 导出：.+（orgstaff） \d{4}-\d{2}-\d{2} \d{2}:\d{2} -->$/);

  const q = `ids=${ids.map((c) => c.id).join(",")}&asOf=2026-06-30`;
  await page.goto(`/cadres/print?${q}`);
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(1);
  const sheets = page.getByTestId("print-sheet");
  await expect(sheets).toHaveCount(2);
  const longSheet = sheets.filter({ hasText: "吴长历" });
  // the long 简历 continues on a 续页 at the form's size; no page runs past its A4 box
  await expect(page.locator("[data-overflows]")).toHaveCount(0);
  await expect(longSheet.getByTestId("form-continuation").first()).toContainText("简历（续）");
  await expect(longSheet).toContainText("第60个岗位");
  const pages = await page.locator(".af-page").count();

  await expect(page.getByTestId("print-watermark")).toContainText("（orgstaff）");
  await expect(page.getByTestId("print-watermark-footer")).toHaveCount(pages);

  const both = await page.request.get(`/cadres/print-pdf?${q}`);
  expect(both.status()).toBe(200);
  expect(pdfPages(Buffer.from(await both.body()))).toBe(pages);
  // the HTML view opened above, the view Chromium rendered, and the PDF itself
  const audit = await queryDatabase<{ format: string; n: number }>(
    `SELECT diff->>'format' AS format, count(*)::int AS n FROM "AuditLog"
     WHERE action = 'print.cadreForm' AND diff->>'count' = '2' GROUP BY 1 ORDER BY 1`,
  );
  expect(audit).toEqual([
    { format: "HTML", n: 2 },
    { format: "PDF", n: 1 },
  ]);
});

test("完整身份证号：没有动态口令验证时拒绝（403）；组织部管理员填写用途、验证动态口令后导出，文件带水印", async ({
  page,
  browser,
}) => {
  const refused = await page.request.get(
    `/cadres/export?cols=name,idNumber&idNumbers=full&purpose=${encodeURIComponent("干部调配上报")}`,
  );
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("动态口令");

  const admin = await pageAs(browser, "ORG_ADMIN");
  const secret = DEMO_ACCOUNTS.find((a) => a.username === "orgadmin")!.totpSecret!;
  await admin.goto("/cadres?cols=name,unit,idNumber&size=20");
  await admin.getByTestId("roster-export").click();
  const dialog = admin.getByTestId("roster-export-dialog");
  await dialog.getByLabel("完整号码").check();
  await dialog.getByRole("button", { name: "下载" }).click();
  await expect(dialog.getByText("用途至少 4 个字")).toBeVisible();
  await dialog.getByLabel("用途").fill("干部调配上报");
  await dialog.getByLabel("动态口令").fill(await freshTotp(secret));
  const file = await downloaded(admin, () => dialog.getByRole("button", { name: "下载" }).click());
  expect(file.download.suggestedFilename()).toMatch(/^干部名册_\d{8}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.body as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("干部名册")!;
  expect(ws.headerFooter.oddFooter).toMatch(/苗圃 导出：.+（orgadmin） \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  // rows 1–3: the title, date and filter lines; row 4: the header (issue 24 item 4)
  const ids = (ws.getColumn(4).values as unknown[]).slice(5).filter(Boolean) as string[];
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((v) => /^\d{17}[\dX]$/.test(v))).toBe(true);
  const [row] = await queryDatabase<{ purpose: string; count: number }>(
    `SELECT diff->>'purpose' AS purpose, (diff->>'count')::int AS count FROM "AuditLog"
     WHERE action = 'export.roster.fullIdNumbers' AND result = 'SUCCESS' ORDER BY id DESC LIMIT 1`,
  );
  expect(row.purpose).toBe("干部调配上报");
  expect(row.count).toBeGreaterThan(0);
  await admin.context().close();
});

test("干部库名册导出 Excel", async ({ page }) => {
  await page.goto("/pool");
  const pool = await downloaded(page, () => page.getByTestId("pool-export").click());
  expect(pool.download.suggestedFilename()).toMatch(/^优秀年轻干部库名册_\d{8}\.xlsx$/);
  expect(pool.body.subarray(0, 2).toString()).toBe("PK");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(pool.body as unknown as ArrayBuffer);
  expect(wb.worksheets[0].headerFooter.oddFooter).toContain("（orgstaff）");
});

test.describe(() => {
  test.use({ role: "UNIT" });

  test("单位党委账号可导入本单位的干部，但没有导出与打印", async ({ page }) => {
    await page.goto("/import");
    await expect(page.getByTestId("roster-import")).toBeVisible();
    await expect(page.getByText("新建的干部将登记在本单位")).toBeVisible();
    await expect(page.getByRole("heading", { name: "导出与打印" })).toHaveCount(0);
    expect((await page.request.get("/pool/export")).status()).toBe(404);
  });
});
