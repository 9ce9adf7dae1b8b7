// Two tabs edit the same cadre: the second save is refused with the first tab's change shown,
// and what the second tab typed stays in its form (nothing is lost on either side).
import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

test("两个标签页同时编辑同一干部：后保存者被拒绝并看到对方的修改，已填写内容保留", async ({ page, context }) => {
  const [c] = await queryDatabase<{ id: string }>(
    `select id from "Cadre" where status = 'SERVING' and "idNumberCipher" is not null order by id limit 1`,
  );
  const second = await context.newPage();
  await page.goto(`/cadres/${c.id}/edit`);
  await second.goto(`/cadres/${c.id}/edit`);

  await page.getByLabel("现任职务").fill("第一标签页填写的职务");
  await page.getByRole("button", { name: "保存基本信息" }).click();
  await expect(page.getByText("已保存")).toBeVisible();

  await second.getByLabel("现任职务").fill("第二标签页填写的职务");
  await second.getByLabel("熟悉专业有何专长").fill("第二标签页的专长");
  await second.getByRole("button", { name: "保存基本信息" }).click();
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("保存未成功");
  await expect(conflict).toContainText("orgstaff");
  await expect(conflict).toContainText("现任职务：由");
  await expect(conflict).toContainText("改为“第一标签页填写的职务”");
  await expect(second.getByLabel("现任职务")).toHaveValue("第二标签页填写的职务");
  await expect(second.getByLabel("熟悉专业有何专长")).toHaveValue("第二标签页的专长");
  const [stored] = await queryDatabase<{ currentPostTitle: string }>(
    `select "currentPostTitle" from "Cadre" where id = $1`,
    [c.id],
  );
  expect(stored.currentPostTitle).toBe("第一标签页填写的职务");

  // choosing to overwrite on purpose saves the second tab's values
  await second.getByRole("button", { name: "以我填写的内容覆盖保存" }).click();
  await expect(second.getByText("已保存")).toBeVisible();
  const [after] = await queryDatabase<{ currentPostTitle: string }>(
    `select "currentPostTitle" from "Cadre" where id = $1`,
    [c.id],
  );
  expect(after.currentPostTitle).toBe("第二标签页填写的职务");
});
