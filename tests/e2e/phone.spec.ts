import { expect, test } from "./support/fixtures";
import { phoneShot } from "./support/screenshots";

// Issue 24 item 1: at 390×844 the menu folds into a top bar (the page keeps the width), opens as
// a drawer, and the page has no sideways scroll of its own.
test.use({ role: "LEADER", viewport: { width: 390, height: 844 } });

test("手机（390×844）：菜单收起为顶栏，可展开；看板不横向溢出", async ({ page }) => {
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "菜单" }).click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "看板" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("button", { name: "关闭" }).click();
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await phoneShot(page, "dashboard-leader");
});
