import type { Page } from "@playwright/test";
import { expect, queryDatabase, test } from "./support/fixtures";
import { phoneShot } from "./support/screenshots";

// Issue 23 item 2: each role's home page shows its work list (提醒/待办), and an item's link
// opens the record it names.

/** Opens the item and checks the page is that record: a cadre's or pool member's name, a nomination step, a target row. */
async function openItem(page: Page, item: ReturnType<Page["locator"]>) {
  const href = (await item.getAttribute("href"))!;
  const title = (await item.locator("span.font-medium").first().textContent())!.trim();
  await item.click();
  const path = href.split("#")[0];
  await expect(page).toHaveURL((u) => u.pathname + u.search === path);
  if (href.startsWith("/dashboard#")) {
    await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeVisible();
  } else if (/^\/(cadres|pool|nominations)\/[^/?]+$/.test(href)) {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  }
  return href;
}

test.describe(() => {
  test.use({ role: "ORG_STAFF" });

  test("组织部干部的首页列出全区待办，菜单数字与列表一致，点击在库研判一项打开该在库记录", async ({ page }) => {
    await page.goto("/");
    const list = page.getByTestId("work-list");
    await expect(list).toBeVisible();
    const poolKinds = ["POOL_REVIEW_DUE", "POOL_AGING_OUT", "NO_POOL_REVIEW"];
    let poolTotal = 0;
    for (const k of poolKinds) {
      const c = page.getByTestId(`work-count-${k}`);
      if (await c.count()) poolTotal += Number(await c.textContent());
    }
    expect(poolTotal).toBeGreaterThan(0);
    await expect(page.getByRole("navigation", { name: "主导航" }).getByTestId("nav-count-/pool")).toHaveText(
      String(poolTotal),
    );
    const href = await openItem(page, page.getByTestId("work-item").and(page.locator('[href^="/pool/"]')).first());
    expect(href).toMatch(/^\/pool\/\w+$/);
  });
});

test.describe(() => {
  test.use({ role: "UNIT" });

  test("单位党委的首页只列本单位的待办，点击一项打开本单位干部的记录；手机宽度可读", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("work-list")).toBeVisible();
    await phoneShot(page, "home-worklist-unit");
    await expect(page.getByRole("button", { name: /菜单/ })).toBeVisible();
    const [unit] = await queryDatabase<{ unitId: string }>(`select "unitId" from "User" where username = 'unit'`);
    const item = page.getByTestId("work-item").and(page.locator('[href^="/cadres/"], [href^="/pool/"]')).first();
    const href = await openItem(page, item);
    const id = href.split("/")[2];
    const [owner] = await queryDatabase<{ unitId: string }>(
      `select c."unitId" from "Cadre" c where c.id = $1 or c.id = (select "cadreId" from "PoolEntry" where id = $1)`,
      [id],
    );
    expect(owner.unitId).toBe(unit.unitId);
  });
});

test.describe(() => {
  test.use({ role: "LEADER" });

  test("领导的首页列出全区配备目标预警，看板一键可达，点击一项打开看板中的该目标", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "打开看板" })).toBeVisible();
    await expect(page.getByTestId("work-group-TARGET_UNMET")).toBeVisible();
    await openItem(page, page.getByTestId("work-item").first());
  });
});

test.describe(() => {
  test.use({ role: "AUDITOR" });

  test("审计员的首页不变：不看干部信息，没有待办", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("按照三员分立要求，本账号不查看干部信息")).toBeVisible();
    await expect(page.getByTestId("work-list")).toHaveCount(0);
  });
});
