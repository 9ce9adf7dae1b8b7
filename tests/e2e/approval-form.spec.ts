// The complete 任免审批表 (issue 20): a nomination decided at 讨论决定 fills 拟任职务 and 任免理由,
// and the cadre's PDF says them; a long record continues on a 续页 at the form's size, with
// 称谓 by the cadre's gender and 共青团员 as such. The pages of the form are written as PNG
// renders into the run's output folder (test-results/) for review.
import type { Page } from "@playwright/test";
import { expect, queryDatabase, test } from "./support/fixtures";
import { pdfPagesText } from "./support/pdf-text";
import { plant } from "./support/plant";

test.use({ role: "ORG_STAFF" });

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function renderPages(page: Page, name: string, outputPath: (f: string) => string) {
  const pages = page.locator(".af-page");
  const labels = ["front", "back"];
  for (let i = 0; i < (await pages.count()); i++) {
    const label = labels[i] ?? `continuation-${i - 1}`;
    await pages.nth(i).screenshot({ path: outputPath(`${name}-${label}.png`) });
  }
}

test("讨论决定后，干部的任免审批表 PDF 载明推荐填写的拟任职务和任免理由", async ({ page }) => {
  const n = plant("deliberatedNominationOfDemoUnit", { id: "e2e-form-nominee", name: "祁向东" });
  const post = "青禾区发展和改革委员会副主任（试用期一年）";
  const reason = "该同志经民主推荐、组织考察，区委常委会研究同意，拟任此职";
  await page.goto(`/nominations/${n.nominationId}`);
  await page.getByLabel("拟任职务", { exact: true }).fill(post);
  await page.getByLabel("任免理由", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "保存拟任拟免" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.reload(); // the step's form carries the nomination's new version
  await expect(page.getByLabel("拟任职务", { exact: true })).toHaveValue(post);

  await page.getByLabel("会议日期").fill(chinaToday());
  await page.getByLabel("决定内容").fill("同意");
  await page.getByLabel("应到会人数").fill("9");
  await page.getByLabel("实到会人数").fill("9");
  await page.getByLabel("同意票", { exact: true }).fill("8");
  await page.getByLabel("不同意票").fill("0");
  await page.getByLabel("弃权票").fill("1");
  await page.getByRole("button", { name: "确认进入“讨论决定”" }).click();
  await expect(page.getByRole("list", { name: "选任程序" }).locator('[aria-current="step"]')).toHaveText("● 讨论决定");

  const res = await page.request.get(`/cadres/print-pdf?ids=${n.cadreId}`);
  expect(res.status()).toBe(200);
  const text = pdfPagesText(Buffer.from(await res.body()));
  expect(text.length).toBeGreaterThanOrEqual(2);
  expect(text[0]).toContain("拟任职务");
  expect(text[0].replaceAll("\n", "")).toContain(post);
  expect(text[1].replaceAll("\n", "")).toContain(reason);
  const [unit] = await queryDatabase<{ name: string }>(
    `select u.name from "Nomination" n join "Unit" u on u.id = n."unitId" where n.id = $1`,
    [n.nominationId],
  );
  expect(text[1]).toContain(unit.name); // 呈报单位

  // the cadre's page shows the form as filled, and its editor has the values
  await page.goto(`/cadres/${n.cadreId}`);
  await expect(page.getByTestId("form-proposed-post")).toHaveText(post);
  await expect(page.getByLabel("任免理由", { exact: true })).toHaveValue(reason);
});

test("简历40条、家庭成员12人的女干部：正面、背面和续页，称谓按女干部（丈夫、公公、婆婆），共青团员照印；各页 PNG 留存", async ({
  page,
}, testInfo) => {
  const { cadreId } = plant("longFormOfDemoUnit", {
    id: "e2e-long-form",
    name: "沈若兰",
    resumeLines: 40,
    relatives: 12,
  });
  await page.goto(`/cadres/print?ids=${cadreId}`);
  await expect(page.locator('[data-print-ready="true"]')).toHaveCount(1);
  await expect(page.locator("[data-overflows]")).toHaveCount(0);
  const form = page.getByTestId("approval-form");
  await expect(form).toHaveAttribute("data-pages", "3");
  await expect(page.getByTestId("form-front")).toContainText("青禾区某单位第1段经历");
  const back = page.getByTestId("form-back");
  await expect(back.getByTestId("form-family-row")).toHaveCount(8);
  await expect(back.getByTestId("form-family-row").nth(0)).toContainText("丈夫");
  await expect(back.getByTestId("form-family-row").nth(1)).toContainText("公公");
  await expect(back.getByTestId("form-family-row").nth(2)).toContainText("婆婆");
  await expect(back.getByTestId("form-family-row").nth(3)).toContainText("共青团员");
  const more = page.getByTestId("form-continuation");
  await expect(more).toHaveCount(1);
  await expect(more).toContainText("沈若兰");
  await expect(more).toContainText("简历（续）");
  await expect(more).toContainText("青禾区某单位第40段经历");
  await expect(more.getByTestId("form-family-row-continued")).toHaveCount(4);
  await expect(more).toContainText("亲属12");
  // the 简历 stays at the form's size (10.5 pt = 14 px) on the 续页 as on the front
  expect(
    await more
      .locator(".af-line")
      .first()
      .evaluate((e) => getComputedStyle(e).fontSize),
  ).toBe("14px");

  await page.setViewportSize({ width: 900, height: 1200 });
  await renderPages(page, "approval-form", (f) => testInfo.outputPath(f));
});
