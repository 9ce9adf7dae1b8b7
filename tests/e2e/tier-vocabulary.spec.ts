import { expect, test } from "./support/fixtures";
import { phoneShot } from "./support/screenshots";

// Issue 24 item 8, one tier vocabulary: the demo district runs district-2020, so every screen
// that lists or names a pool tier says 正处级/副处级/科级年轻干部 — the roster's 在库 filter and
// column and the pool's groups alike — and shushan-2012's 正职后备/副职后备 appear nowhere.
const NAMES = ["正处级年轻干部", "副处级年轻干部", "科级年轻干部"];
const OTHER_SET = /正职后备|副职后备/;

test.use({ role: "ORG_STAFF" });

test("一套层级名称：名册的在库筛选与在库列、干部库的分组、首页、看板与报表只用现行配置的层级", async ({ page }) => {
  await page.goto("/cadres");
  const options = await page.getByLabel("在库情况").locator("option").allTextContents();
  expect(options.filter((o) => o.startsWith("在库："))).toEqual(NAMES.map((n) => `在库：${n}`));
  // filtered to the 科级 tier, the 在库 column names it as the filter and the pool page do
  await page.goto("/cadres?pool=SECTION");
  await expect(page.getByRole("cell", { name: "科级年轻干部", exact: true }).first()).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/pool");
  const headings = (await page.locator('[data-testid^="tier-"] h2').allTextContents()).map((h) => h.split(" ")[0]);
  expect(headings).toEqual(NAMES);
  await phoneShot(page, "pool-tiers-staff");

  const seen: string[] = [];
  for (const path of ["/pool", "/cadres", "/", "/dashboard", "/reports/pool", "/reports/training"]) {
    await page.goto(path);
    const text = await page.locator("main").innerText();
    if (OTHER_SET.test(text)) seen.push(path);
  }
  expect(seen).toEqual([]);
});
