import { expect, queryDatabase, test } from "./support/fixtures";
import { chartsDrawn, reviewShot } from "./support/screenshots";

test.use({ role: "LEADER" });

// The leaders' dashboard on the demo district (600 cadres, district-2020): targets with
// drill-down, a past reference date, read-only access.

test("领导打开看板，点开未达标的街道目标，看到造成差距的街道", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "看板", level: 1 })).toBeVisible();
  const targets = page.getByRole("table", { name: "配备目标" });
  await expect(targets.getByTestId(/^target-row-D20-ST-/).first()).toBeVisible();
  await chartsDrawn(page);
  await reviewShot(page, "dashboard-1-targets");

  const street = page.getByTestId("target-row-D20-ST-STREET-40");
  await expect(street).toHaveAttribute("data-status", "NOT_MET");
  await expect(street.getByText("✕")).toBeVisible();
  await expect(street.getByText("未达标")).toBeVisible();
  await street.click();
  const lacking = page.getByTestId("drill-D20-ST-STREET-40").getByTestId("drill-lacking");
  await expect(lacking).toContainText("青禾区青龙街道");
  await expect(lacking).toContainText("班子最年轻成员");
  // every street the drill-down names as lacking is a street of the district
  const streets = (await queryDatabase<{ name: string }>(`select name from "Unit" where type = 'STREET'`)).map(
    (r) => r.name,
  );
  for (const name of await lacking.locator("li > span:first-child").allTextContents()) expect(streets).toContain(name);
  await street.scrollIntoViewIfNeeded();
  await reviewShot(page, "dashboard-2-street-drilldown");

  for (const [section, name] of [
    ["pool-title", "dashboard-3-pool"],
    ["flows-title", "dashboard-4-flows"],
    ["watch-title", "dashboard-5-watch"],
  ]) {
    await page.locator(`#${section}`).evaluate((el) => el.scrollIntoView());
    await reviewShot(page, name);
  }
});

test("领导把基准日期改为一年前，配备目标按任职历史重新计算，数字随之变化", async ({ page }) => {
  await page.goto("/dashboard");
  const figures = () => page.getByRole("table", { name: "配备目标" }).getByTestId("target-actual").allTextContents();
  const asOfText = await page.getByTestId("dashboard-as-of").textContent();
  const now = await figures();
  const date = page.getByLabel("基准日期", { exact: true });
  const today = await date.inputValue();
  const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  await date.fill(lastYear);
  await page.getByRole("button", { name: "按此日期计算" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${lastYear}`));
  await expect(page.getByTestId("dashboard-as-of")).not.toHaveText(asOfText ?? "");
  await expect(page.getByTestId("dashboard-as-of")).toHaveText(
    `${lastYear.slice(0, 4)}年${Number(lastYear.slice(5, 7))}月${Number(lastYear.slice(8, 10))}日`,
  );
  const then = await figures();
  expect(then.length).toBeGreaterThan(0);
  expect(then).not.toEqual(now);
  await chartsDrawn(page);
  await reviewShot(page, "dashboard-6-year-earlier");
});

test("领导只读：看板与班子页没有编辑入口，直接访问任何编辑页面都得到“未找到”", async ({ page }) => {
  const [post] = await queryDatabase<{ unitId: string; postId: string }>(
    `select p."unitId", p.id as "postId" from "Post" p join "Unit" u on u.id = p."unitId" where u.type = 'STREET' order by u."sortOrder", p."sortOrder" limit 1`,
  );
  const [appt] = await queryDatabase<{ id: string; unitId: string }>(
    `select a.id, p."unitId" from "Appointment" a join "Post" p on p.id = a."postId" where a."endDate" is null limit 1`,
  );
  const [cadre] = await queryDatabase<{ id: string }>(`select id from "Cadre" order by id limit 1`);
  await page.goto(`/units/${post.unitId}`);
  await expect(page.getByRole("table", { name: "领导班子职位与任职人员" })).toBeVisible();
  for (const label of ["编辑单位", "新增职位", "任职", "免职", "编辑职位"])
    await expect(page.getByRole("link", { name: label, exact: true })).toHaveCount(0);
  await reviewShot(page, "units-team-leader");

  const editPages = [
    "/units/new",
    `/units/${post.unitId}/edit`,
    `/units/${post.unitId}/posts/new`,
    `/units/${post.unitId}/posts/${post.postId}/edit`,
    `/units/${post.unitId}/posts/${post.postId}/appoint`,
    `/units/${appt.unitId}/appointments/${appt.id}/end`,
    "/cadres/new",
    `/cadres/${cadre.id}/edit`,
    "/pool/enter",
    "/training/new",
    "/training/plans/new",
    "/training/practices/new",
    "/training/mentors/new",
    "/training/talks/new",
    "/settings/accounts/new",
    "/settings/policy/edit",
  ];
  for (const url of editPages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "未找到该页面或记录" }), url).toBeVisible();
  }
});
