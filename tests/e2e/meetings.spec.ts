import type { Page } from "@playwright/test";
import { expect, queryDatabase, test } from "./support/fixtures";
import { plant } from "./support/plant";

test.use({ role: "ORG_STAFF" });

// The organization department builds a 讨论决定 meeting (常委会, 9 members) from nominations at
// 酝酿, records attendance and votes: 7 present and 6 同意 moves the nomination to 讨论决定;
// 5 present is no quorum (NAT-VOTE) and the other nomination stays. The 全程纪实表 then lists
// every step, with the meeting's numbers.

const MEMBERS = ["赵一 区委书记", "钱二 区长", "孙三", "李四", "周五", "吴六", "郑七", "王八", "冯九"];
const [A, B] = ["柏思远", "岑雨桐"];

function todayIso() {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

async function buildMeeting(page: Page, title: string, candidate: string) {
  await page.goto("/nominations/meetings");
  await page.getByRole("link", { name: "新建讨论决定会议" }).click();
  await page.getByLabel("会议名称").fill(title);
  await page.getByLabel("会议日期").fill(todayIso());
  await page.getByLabel("应到会成员（每行一人：姓名 职务）").fill(MEMBERS.join("\n"));
  await page.getByLabel(new RegExp(`^${candidate}（`)).check();
  await page.getByRole("button", { name: "建立会议" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("docket-row")).toHaveCount(1);
  await expect(page.getByTestId("docket-row")).toContainText("拟任党工委副书记");
}

const stageOf = async (id: string) =>
  (await queryDatabase<{ stage: string }>(`select stage from "Nomination" where id = $1`, [id]))[0].stage;

test("讨论决定：应到9人，7人到会、6票同意 → 进入讨论决定；5人到会 → 未达到法定人数；纪实表列出每一环节", async ({
  page,
}) => {
  const {
    nominationIds: [a, b],
  } = plant("deliberatedNominations", { prefix: "e2e-meeting", names: [A, B], proposedPost: "拟任党工委副书记" });

  await buildMeeting(page, "区委常委会第一次会议（测试）", A);
  for (const absent of ["王八", "冯九"]) await page.getByLabel(`${absent}到会`).uncheck();
  await page.getByLabel(`郑七对${A}的表决`).selectOption({ label: "不同意" });
  await expect(page.getByTestId("live-tally")).toContainText("应到9人，实到7人；同意6票，不同意1票，弃权0票");
  await page.getByRole("button", { name: "记录表决结果" }).click();
  await expect(page.getByTestId("item-result")).toHaveText("通过");
  await expect(page.getByTestId("attendance")).toContainText("未到会：王八、冯九");
  expect(await stageOf(a)).toBe("DECIDED");

  await buildMeeting(page, "区委常委会第二次会议（测试）", B);
  for (const absent of ["周五", "吴六", "王八", "冯九"]) await page.getByLabel(`${absent}到会`).uncheck();
  await page.getByRole("button", { name: "记录表决结果" }).click();
  await expect(page.getByTestId("item-result")).toHaveText("未达到法定人数");
  await expect(page.getByTestId("docket")).toContainText("应到会成员三分之二以上（至少6人）到会方可表决");
  expect(await stageOf(b)).toBe("DELIBERATED");

  await page.goto(`/nominations/${a}`);
  await page.getByRole("link", { name: "全程纪实表" }).click();
  await expect(page.getByRole("heading", { name: "干部选拔任用工作全程纪实表" })).toBeVisible();
  const rows = page.getByTestId("record-row");
  await expect(rows.locator("th")).toHaveText(["动议", "民主推荐", "考察", "酝酿", "讨论决定", "公示", "任职"]);
  await expect(rows.filter({ has: page.locator('th:text-is("民主推荐")') })).toContainText(
    "发出45票，有效44票，得票38票",
  );
  const decided = rows.filter({ has: page.locator('th:text-is("讨论决定")') });
  await expect(decided).toContainText("应到9人，实到7人，同意6票，不同意1票，弃权0票");
  await expect(decided).toContainText("未到会：王八、冯九");
  await expect(rows.filter({ has: page.locator('th:text-is("公示")') })).toContainText("尚未进行");

  const xlsx = await page.request.get(`/nominations/${a}/record/export`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const pdf = await page.request.get(`/nominations/${a}/record/pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
});
