import { expect, test } from "./support/fixtures";
import { reviewShot } from "./support/screenshots";

test.use({ role: "ORG_STAFF" });

// Enum values must not reach the screen (rule ids are cited on purpose): the same reading as
// no-codes-on-screen.spec.ts, for the two new pages.
const RULE_ID = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g;
const CODE = /\b[A-Z][A-Z_]{3,}\b/g;
const codes = (text: string) => text.replace(RULE_ID, "").match(CODE) ?? [];

test("组织部干部打开班子分析，按预警筛选，打开一个班子看到同样的预警；关键岗位继任列出人选与研判依据", async ({
  page,
}) => {
  await page.goto("/units");
  await page.getByRole("link", { name: "班子分析" }).click();
  await expect(page.getByRole("heading", { name: "班子分析" })).toBeVisible();
  const rows = page.getByTestId("team-row");
  await expect(rows.first()).toBeVisible();
  expect(codes(await page.locator("main").innerText())).toEqual([]);

  // the first flag some team carries: its option reads “职位空缺（3）”
  const options = await page
    .locator("#flag option")
    .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
  const flag = options.find((o) => o.value && !/（0）$/.test(o.text));
  expect(flag, "the demo district has flagged teams").toBeTruthy();
  const count = Number(/（(\d+)）$/.exec(flag!.text)![1]);
  await page.locator("#flag").selectOption(flag!.value);
  await page.locator("#sort").selectOption("flags");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`flag=${flag!.value}`));
  await expect(page.getByTestId("team-count")).toContainText(`共 ${count} 个班子`);
  const shown = await rows.count();
  expect(shown).toBe(Math.min(count, 50));
  for (let i = 0; i < shown; i++) await expect(rows.nth(i).locator(`[data-flag="${flag!.value}"]`)).toHaveCount(1);
  await reviewShot(page, "team-analysis-list");

  // the team page shows the same flag in its 班子分析, with the rule that raises it
  const first = rows.first();
  const rule = await first.locator(`[data-flag="${flag!.value}"]`).getAttribute("data-rule");
  await first.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "班子分析" })).toBeVisible();
  const flags = page.getByTestId("team-flags").locator(`[data-flag="${flag!.value}"]`);
  await expect(flags.first()).toContainText(rule!);

  // succession by key post: the list with its bench strength, then one post's successors
  await page.goto("/units/succession");
  await expect(page.getByRole("heading", { name: "关键岗位继任" })).toBeVisible();
  await expect(page.getByTestId("bench-by-kind")).toContainText("党政正职");
  expect(codes(await page.locator("main").innerText())).toEqual([]);
  await reviewShot(page, "succession-list");
  const withSuccessors = page
    .getByTestId("key-post-row")
    .filter({ hasNot: page.locator("td:nth-child(5)", { hasText: /^0$/ }) })
    .first();
  await withSuccessors.getByRole("link").first().click();
  await expect(page.getByTestId("succession-summary")).toContainText("继任人选");
  await expect(
    page
      .getByTestId("successors")
      .getByRole("button", { name: /^[A-Z0-9]+(-[A-Z0-9]+)+$/ })
      .first(),
  ).toBeVisible();
  expect(codes(await page.locator("main").innerText())).toEqual([]);
  await reviewShot(page, "succession-post");
});
