import type { Browser, Page } from "@playwright/test";
import { expect, pageAs, queryDatabase, test } from "./support/fixtures";
import { plant } from "./support/plant";

test.use({ role: "UNIT" });

// A unit nominates one of its cadres (an in-service bachelor: D20-EDU warns), the organization
// department takes the nomination through the seven steps, the cadre enters the pool.
// The dates are laid out before today (the server checks them against its own clock): the
// publicity starts on a Thursday 10–16 days ago and, five working days on, ends the next
// Wednesday — across the weekend.

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dotted = (d: Date) => iso(d).replaceAll("-", ".");

function timeline() {
  const now = new Date(Date.now() + 8 * 3600_000); // China
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let start = new Date(today.getTime() - 10 * DAY);
  while (start.getUTCDay() !== 4) start = new Date(start.getTime() - DAY);
  return {
    recommendedOn: new Date(start.getTime() - 3 * DAY), // Monday
    meeting: new Date(start.getTime() - 1 * DAY), // Wednesday
    start, // Thursday
    end: new Date(start.getTime() + 6 * DAY), // Thu, Fri, (Sat, Sun), Mon, Tue, Wed = 5 working days
    effective: new Date(start.getTime() + 7 * DAY),
  };
}

const NAME = "聂远航";

async function plantNominee(): Promise<{ cadreId: string; unitId: string }> {
  const [{ n }] = await queryDatabase<{ n: string }>(`select count(*) n from "Cadre" where name = $1`, [NAME]);
  expect(Number(n)).toBe(0);
  return plant("inServiceBachelorOfDemoUnit", { id: "e2e-nominee-nie", name: NAME });
}

async function step(page: Page, stage: string, fill: () => Promise<void>) {
  await fill();
  await page.getByRole("button", { name: `确认进入“${stage}”` }).click();
  await expect(page.getByRole("list", { name: "选任程序" }).locator('[aria-current="step"]')).toHaveText(`● ${stage}`);
}

async function orgTakesItThrough(browser: Browser, id: string, t: ReturnType<typeof timeline>) {
  const page = await pageAs(browser, "ORG_STAFF");
  await page.goto("/nominations");
  await expect(
    page.getByTestId("nomination-board").locator('[data-stage="PROPOSED"]').getByRole("link", { name: NAME }),
  ).toBeVisible();
  await page.goto(`/nominations/${id}`);
  await step(page, "民主推荐", async () =>
    page.getByLabel("民主推荐结果核实意见（可选）").fill("推荐程序规范，结果有效"),
  );
  await step(page, "考察", async () => {
    await page.getByLabel("考察结束日期").fill(iso(new Date(t.recommendedOn.getTime() + DAY)));
    await page.getByLabel("考察组成员（用顿号分隔，不少于2人）").fill("王强、赵丽");
    await page.getByLabel("考察情况").fill("个别谈话21人，未发现影响使用的问题");
    await page.getByLabel("考察评价").fill("政治坚定，工作扎实，群众公认度高");
  });
  await step(page, "酝酿", async () => page.getByLabel("酝酿情况").fill("经与分管领导、纪委监委酝酿，无不同意见"));
  await step(page, "讨论决定", async () => {
    await page.getByLabel("会议日期").fill(iso(t.meeting));
    await page.getByLabel("决定内容").fill("同意列入副处级年轻干部");
    await page.getByLabel("应到会人数").fill("11");
    await page.getByLabel("实到会人数").fill("10");
    await page.getByLabel("同意票", { exact: true }).fill("9");
    await page.getByLabel("不同意票").fill("0");
    await page.getByLabel("弃权票").fill("1");
  });
  await step(page, "公示", async () => {
    await page.getByLabel("公示开始日期").fill(iso(t.start));
    await expect(page.getByTestId("publicity-end-preview")).toContainText(`公示期满日：${dotted(t.end)}（星期三）`);
  });
  await expect(page.getByTestId("publicity-end")).toHaveText(dotted(t.end));
  await page.getByLabel("任职（入库）日期").fill(iso(t.effective));
  await page.getByRole("button", { name: "确认进入“任职”" }).click();
  await expect(page.getByTestId("nomination-status")).toContainText("已任职");
  await expect(page.getByTestId("nomination-status")).toContainText("已入库");
  await page.context().close();
}

test("单位推荐本单位干部，组织部按七步程序办理（公示跨周末：周四起5个工作日止于下周三），干部入库", async ({
  page,
  browser,
}) => {
  const t = timeline();
  const { cadreId } = await plantNominee();
  const poolBefore = Number(
    (await queryDatabase<{ n: string }>(`select count(*) n from "PoolEntry" where "closedOn" is null`))[0].n,
  );

  // the unit party committee nominates, sees the warning explained, gives a reason, submits
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "推荐", exact: true }).click();
  await page.getByRole("link", { name: "新建推荐" }).click();
  await page.getByLabel("被推荐干部（本单位）").fill(NAME);
  await page.getByRole("button", { name: "检索" }).click();
  await page
    .getByRole("list", { name: "检索结果" })
    .getByRole("button", { name: new RegExp(NAME) })
    .click();
  await page.getByLabel("推荐层级").selectOption({ label: "副处级年轻干部" });
  await page.getByLabel("推荐方式").selectOption({ label: "会议推荐和个别谈话推荐" });
  await page.getByLabel("发出票数").fill("45");
  await page.getByLabel("有效票数").fill("44");
  await page.getByLabel("得票数").fill("38");
  await page.getByLabel("推荐日期").fill(iso(t.recommendedOn));
  await page.getByLabel("推荐理由").fill("该同志政治素质好，在基层治理和重点项目中担当作为，群众公认度高。");
  const warning = page.getByTestId("check-D20-EDU");
  await expect(warning).toHaveAttribute("data-status", "warn");
  await expect(warning).toContainText("提示");
  await warning.getByRole("button", { name: "D20-EDU" }).click();
  await expect(page.getByTestId("rule-explanation")).toContainText("一般应当具有全日制大学本科以上学历");
  await page.getByRole("button", { name: "关闭" }).click();
  await page.getByRole("button", { name: "报送组织部" }).click();
  await expect(page.getByText("请说明仍予推荐的理由（记录在案）")).toBeVisible();
  await page.getByLabel("提示项说明（仍予推荐的理由，记录在案）").fill("该同志在职取得本科学历，实绩突出");
  await page.getByRole("button", { name: "报送组织部" }).click();
  await expect(page.getByRole("heading", { name: `推荐：${NAME}` })).toBeVisible();
  await expect(page.getByTestId("nomination-status")).toContainText("动议");
  const id = page.url().split("/").pop()!;

  await orgTakesItThrough(browser, id, t);

  const [entry] = await queryDatabase<{ cadreId: string; tier: string; enteredOn: Date }>(
    `select "cadreId", tier, "enteredOn" from "PoolEntry" where "nominationId" = $1 and "closedOn" is null`,
    [id],
  );
  expect(entry).toMatchObject({ cadreId, tier: "DIVISION_DEPUTY" });
  const [ev] = await queryDatabase<{ n: string }>(
    `select count(*) n from "NominationEvent" where "nominationId" = $1`,
    [id],
  );
  expect(Number(ev.n)).toBe(7);

  // the unit sees it done; its home page counts one more pool member
  await page.goto("/nominations");
  const row = page.getByTestId("nomination-row").filter({ hasText: NAME });
  await expect(row.getByTestId("nomination-status")).toHaveText(/已任职\s*已入库/);
  const poolAfter = Number(
    (await queryDatabase<{ n: string }>(`select count(*) n from "PoolEntry" where "closedOn" is null`))[0].n,
  );
  expect(poolAfter).toBe(poolBefore + 1);
});

test.describe(() => {
  test.use({ role: "ORG_STAFF" });
  test("组织部干部不能新建推荐（由单位党委推荐）", async ({ page }) => {
    expect((await page.goto("/nominations/new"))?.status()).toBe(404);
  });
});

test("单位党委账号打开其他单位的推荐：未找到", async ({ page }) => {
  const [other] = await queryDatabase<{ id: string }>(
    `select n.id from "Nomination" n join "User" u on u.username = 'unit' where n."unitId" <> u."unitId" order by n.id limit 1`,
  );
  const res = await page.goto(`/nominations/${other.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "未找到该页面或记录" })).toBeVisible();
});
