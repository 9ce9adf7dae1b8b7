import type { Page } from "@playwright/test";
import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

// Calendar days in China (the app's "today"), as YYYY-MM-DD.
function chinaDay(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function behindOnPoliticalTraining(page: Page): Promise<Set<string>> {
  await page.goto("/training/reminders");
  const section = page.getByTestId("reminders-POLITICAL_TRAINING");
  await expect(section).toBeVisible();
  const ids = await section
    .getByTestId("reminder-line")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-cadre-id") ?? ""));
  return new Set(ids);
}

test("组织部干部创建中青班，按筛选一次添加20名在库干部并登记结业后，他们不再出现在政治训练提醒中", async ({ page }) => {
  const before = await behindOnPoliticalTraining(page);
  expect(before.size).toBeGreaterThan(0);

  await page.goto("/training/new");
  await page.getByLabel("培训名称").fill("青禾区第13期中青年干部培训班（测试）");
  await page.getByLabel("培训类别").selectOption({ label: "中青年干部培训班" });
  await page.getByLabel("主办单位").fill("中共青禾区委党校");
  await page.getByLabel("开始日期").fill(chinaDay(-40));
  await page.getByLabel("结束日期").fill(chinaDay(-11));
  await page.getByLabel("学时").fill("180");
  await page.getByLabel("脱产培训").check();
  await page.getByRole("button", { name: "创建培训" }).click();
  await expect(page.getByRole("heading", { name: "青禾区第13期中青年干部培训班（测试）" })).toBeVisible();
  const trainingId = new URL(page.url()).pathname.split("/").pop()!;
  expect(trainingId).not.toBe("new");

  // The picker: pool members, those whose political training falls due first, twenty a page.
  const picker = page.getByRole("form", { name: "筛选干部" });
  await picker.getByLabel("在库情况").selectOption("POOL");
  await picker.getByLabel("排序").selectOption("need");
  await picker.getByLabel("每页").selectOption("20");
  await picker.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/sort=need/);
  const rows = page.getByTestId("picker-row");
  await expect(rows).toHaveCount(20);
  const chosen = await rows.evaluateAll((r) => r.map((x) => x.getAttribute("data-cadre-id") ?? ""));
  expect(chosen.filter((id) => before.has(id)).length).toBeGreaterThan(0);

  await page.getByLabel("全选本页").check();
  await page.getByRole("button", { name: "添加所选（20人）" }).click();
  await expect(page.getByText("已添加20名参训人员")).toBeVisible();
  await expect(page.getByTestId("attendee-row")).toHaveCount(20);

  await page.getByLabel("全选参训人员").check();
  await page.getByRole("button", { name: "标记所选为结业" }).click();
  await expect(page.getByText("已更新20人的结业情况")).toBeVisible();
  const [done] = await queryDatabase<{ n: string }>(
    `select count(*) n from "TrainingAttendance" where "trainingId" = $1 and completed`,
    [trainingId],
  );
  expect(Number(done.n)).toBe(20);
  // one transaction for the twenty, and one audit row per attendance added
  const [audits] = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'training.attendee.add' and "objectId" in (select id from "TrainingAttendance" where "trainingId" = $1)`,
    [trainingId],
  );
  expect(Number(audits.n)).toBe(20);

  const after = await behindOnPoliticalTraining(page);
  for (const id of chosen) expect(after.has(id), `cadre ${id} should no longer be behind`).toBe(false);
});

test("为33岁的科级干部登记墩苗被阻止，并注明 SX-DOWN-AGE", async ({ page }) => {
  // A serving 科级 cadre aged 33 today, with a name no one else has (to pick by name).
  const today = chinaDay();
  const [cadre] = await queryDatabase<{ id: string; name: string }>(
    `select c.id, c.name from "Cadre" c
      where c.status = 'SERVING' and c."archivedAt" is null and c.rank in ('SECTION_PRINCIPAL', 'SECTION_DEPUTY')
        and c."birthDate" > ($1::date - interval '34 years') and c."birthDate" <= ($1::date - interval '33 years')
        and (select count(*) from "Cadre" d where d.name = c.name) = 1
      order by c.id limit 1`,
    [today],
  );
  expect(cadre, "the demo district has a 33-year-old 科级 cadre").toBeTruthy();
  await page.goto("/training/practices/new");
  await page.getByLabel("选派干部").fill(cadre.name);
  await page.getByRole("button", { name: "查找" }).click();
  await page
    .getByRole("list", { name: "选派干部查找结果" })
    .getByRole("button", { name: new RegExp(`^${cadre.name}`) })
    .click();
  await expect(page.getByTestId("cadreId-chosen")).toContainText(cadre.name);
  await page.getByLabel("锻炼方式").selectOption({ label: "墩苗" });
  await page.getByLabel("墩苗任职岗位").selectOption("DEPUTY_SECRETARY");
  await page.getByLabel("接收单位名称（区外单位、专班）").fill("青禾区某镇");
  await page.getByLabel("挂任职务或工作内容").fill("镇党委副书记（墩苗锻炼）");
  await page.getByLabel("开始日期").fill(today);
  await page.getByRole("button", { name: "保存" }).click();
  const verdict = page.getByRole("alert", { name: "墩苗选派条件检查" });
  await expect(verdict).toContainText("不符合墩苗选派条件，不能保存");
  await expect(verdict.locator('[data-rule-id="SX-DOWN-AGE"]')).toContainText("现年33岁");
  await expect(page).toHaveURL(/\/training\/practices\/new$/);
  const [saved] = await queryDatabase<{ n: string }>(
    `select count(*) n from "Practice" where "cadreId" = $1 and kind = 'DUNMIAO' and "startDate" = $2::date`,
    [cadre.id, today],
  );
  expect(Number(saved.n)).toBe(0);
});

test.describe(() => {
  test.use({ role: "UNIT" });

  test("单位党委账号只读本单位的培养提醒，不能新建培训", async ({ page }) => {
    const [unit] = await queryDatabase<{ unitId: string }>(`select "unitId" from "User" where username = 'unit'`);
    await page.goto("/training/reminders");
    const ids = await page
      .getByTestId("reminder-line")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-cadre-id") ?? ""));
    expect(ids.length).toBeGreaterThan(0);
    const rows = await queryDatabase<{ n: string }>(
      `select count(*) n from "Cadre" where id = any($1) and "unitId" <> $2`,
      [ids, unit.unitId],
    );
    expect(Number(rows[0].n)).toBe(0);
    await expect(page.getByRole("link", { name: "导出Excel" })).toHaveCount(0);
    await page.goto("/training");
    await expect(page.getByRole("heading", { name: "培训", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "新建培训" })).toHaveCount(0);
    const r = await page.goto("/training/new");
    expect(r?.status()).toBe(404);
  });
});
