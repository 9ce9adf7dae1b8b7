import { expect, queryDatabase, test } from "./support/fixtures";
import { phoneShot, sidewaysOverflow, tabletShot } from "./support/screenshots";

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
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
  await phoneShot(page, "dashboard-leader");
  await tabletShot(page, "dashboard-leader");
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
});

// A cadre's profile and the lists staff work from, on a phone and a tablet: the page itself never
// scrolls sideways (wide tables scroll inside their own box).
test.describe(() => {
  test.use({ role: "ORG_STAFF" });
  test("手机（390×844）与平板（768×1024）：干部档案、名册、干部库与推荐列表不横向溢出", async ({ page }) => {
    const [cadre] = await queryDatabase<{ id: string }>(
      `select c.id from "Cadre" c join "PoolEntry" e on e."cadreId" = c.id and e."closedOn" is null
        where c."archivedAt" is null order by c.id limit 1`,
    );
    const pages = { profile: `/cadres/${cadre.id}`, roster: "/cadres", pool: "/pool", nominations: "/nominations" };
    const wide: string[] = [];
    for (const [name, path] of Object.entries(pages)) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      if ((await sidewaysOverflow(page)) > 1) wide.push(`${path} @390`);
      await phoneShot(page, `${name}-staff`);
      await tabletShot(page, `${name}-staff`);
      if ((await sidewaysOverflow(page)) > 1) wide.push(`${path} @768`);
    }
    expect(wide).toEqual([]);
  });
});
