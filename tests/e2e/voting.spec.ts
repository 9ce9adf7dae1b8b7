import { expect, pageAs, queryDatabase, test } from "./support/fixtures";
import { plant } from "./support/plant";

test.use({ role: "ORG_STAFF" });

// The organization department sets up an online 民主推荐 for a nomination and prints the slips;
// a voter with one slip votes on a 390 × 844 phone without an account; staff close the session
// and turn the tally into the nomination's recommendation record in one click.
test("线上民主推荐：打印投票码，手机匿名投票，结束后一键写入推荐记录", async ({ page, browser }) => {
  const { nominationId } = plant("nominationForVoting", { id: "e2e-voting-nomination", name: "柏青松" });
  page.on("dialog", (d) => void d.accept());

  await page.goto(`/voting/new?nominationId=${nominationId}`);
  await expect(page.getByLabel("柏青松")).toBeChecked();
  await page.getByLabel("名称").fill("副处级后备民主推荐（测试）");
  await page.getByLabel("推荐职位").fill("副主任");
  await page.getByLabel("班子成员人数").fill("3");
  await page.getByRole("button", { name: "创建投票" }).click();
  // opens in an hour by default: the slips are printed before voting opens
  await expect(page.getByTestId("session-state")).toHaveText("未开始");

  await page.getByRole("button", { name: "生成投票码并打印" }).click();
  await expect(page.getByTestId("voting-slip")).toHaveCount(3);
  const code = (await page.getByTestId("slip-code").first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 PDF" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe("投票码条（3张）.pdf");
  const sessionUrl = page.url().replace(/\/slips$/, "");
  // a printer jam: the same slips again, read back from the database
  await page.goto(sessionUrl);
  await page.getByRole("link", { name: "打印投票码条" }).click();
  await expect(page.getByTestId("slip-code").filter({ hasText: code })).toHaveCount(1);
  await page.goto(sessionUrl);
  await page.getByRole("button", { name: "现在开始投票" }).click();
  await expect(page.getByTestId("session-state")).toHaveText("投票中");
  await page.goto(`${sessionUrl}/slips`);
  await expect(page.getByTestId("slips-gone")).toContainText("投票码明文已按规定销毁，投票码条不能再打印");

  // the voter: a phone, no account, the QR code's address (/vote#CODE)
  const phone = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 390, height: 844 },
  });
  const voter = await phone.newPage();
  await voter.goto(`/vote#${code.replaceAll("-", "")}`);
  await expect(voter.getByLabel("投票码")).toHaveValue(code.replaceAll("-", ""));
  expect(voter.url()).not.toContain("#");
  await voter.getByRole("button", { name: "查看选票" }).click();
  await expect(voter.getByText("您的类别：班子成员")).toBeVisible();
  await voter.getByRole("radio", { name: "推荐", exact: true }).click();
  await voter.getByRole("button", { name: "下一步：确认" }).click();
  await expect(voter.getByTestId("confirm-list")).toContainText("柏青松推荐");
  await voter.getByRole("button", { name: "确认投票" }).click();
  await expect(voter.getByRole("status")).toContainText("投票成功");
  expect(await voter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // the same code again: refused in plain words
  await voter.goto("/vote");
  await voter.getByLabel("投票码").fill(code.toLowerCase());
  await voter.getByRole("button", { name: "查看选票" }).click();
  await expect(voter.getByText(/该投票码已经投过票/)).toBeVisible();
  await phone.close();

  await page.goto(sessionUrl);
  await expect(page.getByTestId("turnout-cast")).toHaveText("1");
  await page.getByRole("button", { name: "结束投票并统计" }).click();
  await expect(page.getByTestId("session-state")).toHaveText("已结束");
  const row = page.getByTestId("result-row").filter({ hasText: "柏青松" });
  await expect(row).toContainText("100.00% / 100.00%");
  await row.getByRole("button", { name: "写入推荐记录" }).click();
  await expect(row).toContainText("已写入");

  const [n] = await queryDatabase<{
    method: string;
    ballotsIssued: number;
    ballotsValid: number;
    votesReceived: number;
  }>(`select method, "ballotsIssued", "ballotsValid", "votesReceived" from "Nomination" where id = $1`, [nominationId]);
  expect(n).toEqual({ method: "MEETING", ballotsIssued: 3, ballotsValid: 1, votesReceived: 1 });
  const unit = await pageAs(browser, "LEADER");
  expect((await unit.goto("/voting"))?.status()).toBe(404);
  await unit.context().close();
});

// 个别谈话推荐: staff record one talk (category, 谈话人, 推荐, 谈话要点; no name of the person, no
// code), close, and write the tally into the nomination as 个别谈话推荐.
test("个别谈话推荐：逐条录入谈话记录，结束后写入推荐记录", async ({ page }) => {
  const { nominationId } = plant("nominationForVoting", { id: "e2e-talk-nomination", name: "柳成荫" });
  page.on("dialog", (d) => void d.accept());
  const chinaMinute = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);

  await page.goto(`/voting/new?nominationId=${nominationId}`);
  await page.getByLabel("类别").selectOption("TALK_RECORD");
  await page.getByLabel("名称").fill("副处级后备个别谈话推荐（测试）");
  await page.getByLabel("开始时间").fill(chinaMinute(new Date(Date.now() - 10 * 60_000)));
  await page.getByLabel("班子成员人数").fill("3");
  await page.getByRole("button", { name: "创建投票" }).click();
  await expect(page.getByTestId("session-state")).toHaveText("谈话记录中");
  await expect(page.getByRole("button", { name: "生成投票码并打印" })).toHaveCount(0);

  await page.getByLabel("谈话对象类别").selectOption("TEAM_MEMBER");
  await page.getByLabel("谈话人（可不填）").fill("王科长");
  await page.getByRole("radio", { name: "推荐", exact: true }).click();
  await page.getByLabel("谈话要点").fill("工作扎实，群众基础好");
  await page.getByRole("button", { name: "录入谈话记录" }).click();
  await expect(page.getByTestId("talk-record")).toHaveCount(1);
  await expect(page.getByTestId("turnout-cast")).toHaveText("1");

  await page.getByRole("button", { name: "结束投票并统计" }).click();
  await expect(page.getByTestId("session-state")).toHaveText("已结束");
  const row = page.getByTestId("result-row").filter({ hasText: "柳成荫" });
  await expect(row).toContainText("100.00% / 100.00%");
  await row.getByRole("button", { name: "写入推荐记录" }).click();
  await expect(row).toContainText("已写入");
  const [n] = await queryDatabase<{ method: string; ballotsIssued: number; ballotsValid: number }>(
    `select method, "ballotsIssued", "ballotsValid" from "Nomination" where id = $1`,
    [nominationId],
  );
  expect(n).toEqual({ method: "INDIVIDUAL_TALK", ballotsIssued: 3, ballotsValid: 1 });
});
