import { expect, pageAs, test } from "./support/fixtures";

test.use({ role: "ORG_ADMIN" });

// 设置 → 代码表 → 院校: the published lists with their variants, found by a variant; the
// organization administrator adds an alias (saved, versioned, audited on the server); the
// organization staff reads the table without the editing buttons.
test("院校代码表：按别名查找，组织部管理员添加别名，干部科只读", async ({ page, browser }) => {
  await page.goto("/settings/codes");
  await page.getByTestId("codes-schools").click();
  await expect(page.getByRole("heading", { name: "院校代码表" })).toBeVisible();
  await expect(page.getByText("985（39）、211（115）、双一流（147）")).toBeVisible();
  await page.getByPlaceholder("名称或别名").fill("中国科大");
  const rows = page.getByTestId("school-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("中国科学技术大学");
  await expect(rows.first()).toContainText("985、211、双一流");

  await page.getByPlaceholder("名称或别名").fill("安徽大学");
  const anhui = rows.filter({ has: page.getByRole("cell", { name: "安徽大学", exact: true }) });
  await anhui.getByRole("button", { name: "修改" }).click();
  await page.getByLabel("别名（用“、”分隔：简称、曾用名、校区写法）").fill("安大");
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByPlaceholder("名称或别名").fill("安大");
  await expect(anhui).toContainText("安大");

  const staff = await pageAs(browser, "ORG_STAFF");
  await staff.goto("/settings/codes/schools");
  await expect(staff.getByTestId("school-row").first()).toBeVisible();
  await expect(staff.getByRole("button", { name: "修改" })).toHaveCount(0);
  await staff.context().close();
});
