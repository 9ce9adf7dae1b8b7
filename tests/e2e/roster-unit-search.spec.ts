// The roster's unit filter as a province gets it (more units than a drop-down holds; the e2e
// server sets MIAOPU_UNIT_SELECT_MAX=5): type a street's pinyin initials, pick it with the
// keyboard, and the roster shows that street's cadres only; the box keeps the name.
import { expect, queryDatabase, test } from "./support/fixtures";
import { namePinyinOf } from "@/lib/format/name-pinyin";

test.use({ role: "ORG_STAFF" });

test("单位较多时按拼音首字母查找单位并筛选名册", async ({ page }) => {
  const [street] = await queryDatabase<{ id: string; name: string }>(
    `select u.id, u.name from "Unit" u where u.type = 'STREET' and u."archivedAt" is null
       and exists (select 1 from "Cadre" c where c."unitId" = u.id and c.status = 'SERVING') order by u."sortOrder" limit 1`,
  );
  await page.goto("/cadres?cols=name,unit");
  const box = page.getByRole("combobox", { name: "单位" });
  await box.fill(namePinyinOf(street.name).namePinyinInitials);
  const option = page.getByRole("option", { name: street.name, exact: true });
  await expect(option).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(street.name);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`unitId=${street.id}`));
  const units = page.getByTestId("data-table").locator("tbody tr td:nth-child(3)");
  await expect(units.first()).toBeVisible();
  expect(new Set(await units.allInnerTexts())).toEqual(new Set([street.name]));
  await expect(page.getByRole("combobox", { name: "单位" })).toHaveValue(street.name);
});
