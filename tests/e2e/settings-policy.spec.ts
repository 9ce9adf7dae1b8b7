import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

test.use({ role: "ORG_ADMIN" });

// An organization administrator lowers a target in a district profile, sees how the statuses
// would change, saves and activates it, and restores the previous version. The dashboard page
// has not landed yet, so the figures are read where this feature shows them: the policy page's
// live target statuses, the preview, the about page's active profile, and the pool page, whose
// structure report names the profile it was computed with.
const ROW = "target-staffing:D20-EDU-PILOT:PRINCIPAL"; // 不超过40岁正校级优秀年轻干部不少于3名

async function figures(page: Page) {
  await page.goto("/settings/policy");
  const n = async (s: string) =>
    Number((await page.getByTestId(`status-count-${s}`).textContent())!.replace(/[^\d]/g, ""));
  return { met: await n("MET"), notMet: await n("NOT_MET"), row: (await page.getByTestId(ROW).textContent()) ?? "" };
}

test("组织部管理员新建区县配置降低一项目标：预览状态变化、保存启用、恢复上一版本", async ({ page }) => {
  const before = await figures(page);
  await expect(page.getByTestId("active-profile")).toContainText("district-2020 第1版");
  expect(before.row).toContain("未达标"); // the demo district has fewer than 3 young school principals

  await page.goto("/settings/policy/edit?extends=district-2020");
  await page.getByLabel("配置名称").fill("青禾区2026年配置");
  await page.getByLabel("编号").fill("qinghe-e2e");
  // an invalid value first: refused beside the field, nothing saved
  await page.locator('[name="d20.ages.divisionDeputyMax"]').fill("-1");
  await page.getByRole("button", { name: "检查并预览变化" }).click();
  await expect(page.locator('[id="param-d20.ages.divisionDeputyMax-error"]')).toContainText("年龄不能为负数");
  await expect(page.getByRole("button", { name: "保存并启用" })).toHaveCount(0);

  await page.locator('[name="d20.ages.divisionDeputyMax"]').fill("40");
  await page.locator('[name="d20.eduPilot.principalMin"]').fill("0");
  await page.getByRole("button", { name: "检查并预览变化" }).click();
  const change = page.getByTestId("status-change").filter({ hasText: "D20-EDU-PILOT" });
  await expect(change).toContainText("未达标");
  await expect(change).toContainText("达标不少于0名");
  await expect(page.getByTestId("preview-count-NOT_MET")).toHaveText(`未达标 ${before.notMet} → ${before.notMet - 1}`);
  await page.getByRole("button", { name: "保存并启用" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存配置 qinghe-e2e 第 1 版。");

  const after = await figures(page);
  await expect(page.getByTestId("active-profile")).toContainText("qinghe-e2e 第1版");
  expect(after).toMatchObject({ met: before.met + 1, notMet: before.notMet - 1 });
  expect(after.row).toContain("达标");
  await page.goto("/settings/about");
  await expect(page.getByTestId("about-active-profile")).toContainText("青禾区2026年配置（qinghe-e2e 第1版）");
  // the pool's structure report is computed under the active profile too
  await page.goto("/pool");
  await expect(page.getByText("政策配置：青禾区2026年配置")).toBeVisible();

  // restore the previous version: the preview shows the way back, then the figures are restored
  await page.goto("/settings/policy");
  await page.getByTestId("profile-district-2020-v1").getByRole("link", { name: "查看或启用" }).click();
  await expect(page.getByTestId("status-change").filter({ hasText: "D20-EDU-PILOT" })).toContainText("不少于3名");
  await page.getByRole("button", { name: "确认启用此配置" }).click();
  await expect(page.getByRole("status")).toHaveText("已启用所选配置。");
  await expect(page.getByTestId("active-profile")).toContainText("district-2020 第1版");
  expect(await figures(page)).toEqual(before);
  await page.goto("/pool");
  await expect(page.getByText("政策配置：区委年轻干部优选优培优用实施意见（2020）")).toBeVisible();
});
