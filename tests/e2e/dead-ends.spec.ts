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
