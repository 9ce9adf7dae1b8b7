import { expect, test } from "./support/fixtures";

// Issue 24 item 7: the app's icon and manifest answer (a leader pins the dashboard to a phone's
// home screen), and a page reached without the parameter it needs says what to do instead of
// failing.
test.use({ role: "ORG_STAFF" });

test("图标、网页清单可取；缺少参数的“制定培养计划”页给出提示而非报错", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as { short_name: string; icons: { src: string }[] };
  expect(body.short_name).toBe("苗圃");
  for (const { src } of body.icons) expect((await request.get(src)).status(), src).toBe(200);

  const res = await page.goto("/training/plans/new");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("培养计划为在库干部制定");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});

// Issue 24 item 6: every page links the help of its area; the help names the rules it applies
// with their source documents.
test("每个页面有本区的帮助链接：干部库 → 帮助：干部库，列出所依据的规定及出处", async ({ page }) => {
  await page.goto("/pool");
  await page.getByTestId("help-link").click();
  await expect(page).toHaveURL(/\/help\/pool$/);
  await expect(page.getByRole("heading", { name: "帮助：干部库" })).toBeVisible();
  const rules = page.getByTestId("help-rules");
  await expect(rules).toContainText("D20-POOL-WOMEN");
  await expect(rules).toContainText("出处：区委《关于加强年轻干部优选优培优用工作实施意见》（2020年）");
});
