// The "done when" flow in Chromium against the production build: create a cadre with
// education, appointments and assessments → find it by pinyin initials → its profile shows
// D20-AGE-FC failing (born 1980, over 40) → enter an eligible cadre into the pool → the
// structure report changes → exit the entry with a reason.
import { idCheckChar } from "../../lib/validation/id-number";
import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

const NAME = "欧阳测验"; // pinyin initials oycy
const first17 = "11010519800501123"; // born 1980-05-01, sequence 123 (odd: male)
const ID = first17 + idCheckChar(first17);

test("新增干部并录入学历、任职、考核 → 拼音首字母查到 → 资格研判显示 D20-AGE-FC 不通过 → 合格干部入库 → 结构报告变化 → 出库", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // ── create
  await page.goto("/cadres/new");
  await page.getByLabel("姓名").fill(NAME);
  await page.getByLabel("身份证号").fill(ID);
  await expect(page.getByLabel("出生日期")).toHaveValue("1980-05-01"); // filled from the number
  await expect(page.getByLabel("性别")).toHaveValue("MALE");
  await page.getByLabel("政治面貌").selectOption("CPC_MEMBER");
  await page.getByLabel("入党时间").fill("2003-07-01");
  await page.getByLabel("参加工作时间").fill("2002-08-01");
  await page.getByLabel("单位").selectOption({ index: 1 });
  await page.getByRole("button", { name: "创建干部档案" }).click();
  await expect(page).toHaveURL(/\/cadres\/[^/]+\/edit$/);
  const cadreId = page.url().split("/").at(-2)!;

  // ── education, appointment, assessment
  const edu = page.getByTestId("editor-edu");
  await edu.getByLabel("学历", { exact: true }).selectOption("BACHELOR");
  await edu.getByLabel("学位", { exact: true }).selectOption("BACHELOR");
  await edu.getByLabel("毕业院校（系）", { exact: true }).fill("南京大学政府管理学院");
  await edu.getByLabel("专业", { exact: true }).fill("行政管理");
  await edu.getByLabel("入学时间", { exact: true }).fill("1998-09-01");
  await edu.getByLabel("毕业时间", { exact: true }).fill("2002-07-01");
  // 985 is the 院校代码表's reading of 南京大学, not a box to tick; the degree keeps its discipline
  await edu.getByLabel("学位的学科门类（如经济学、工商管理）", { exact: true }).fill("管理学");
  await edu.getByRole("button", { name: "添加学历学位" }).click();
  await expect(edu.getByText("全日制 大学本科・管理学学士 南京大学政府管理学院行政管理")).toBeVisible();

  // a non-leadership post (a leadership post already held would be refused: one holder at a time)
  const [post] = await queryDatabase<{ id: string; unitId: string }>(
    `select p.id, p."unitId" from "Post" p join "Unit" u on u.id = p."unitId" where not p."isLeadership" and p."archivedAt" is null and u."archivedAt" is null order by u."sortOrder", p."sortOrder" limit 1`,
  );
  const appt = page.getByTestId("editor-appt");
  await appt.getByLabel("单位", { exact: true }).selectOption(post.unitId);
  await appt.getByLabel("职位", { exact: true }).selectOption(post.id);
  await appt.getByLabel("任职时间", { exact: true }).fill("2021-03-01");
  await appt.getByRole("button", { name: "添加任职经历" }).click();
  await expect(appt.getByText(/2021\.03\.01—至今/)).toBeVisible();

  const assess = page.getByTestId("editor-assess");
  await assess.getByLabel("考核年度", { exact: true }).fill("2025");
  await assess.getByLabel("考核等次", { exact: true }).selectOption("EXCELLENT");
  await assess.getByRole("button", { name: "添加年度考核" }).click();
  await expect(assess.getByText("2025年度 优秀")).toBeVisible();

  // ── roster: the page first, its count streamed after it; 下一页 from the page's extra row
  await page.goto("/cadres");
  await expect(page.getByTestId("row-count")).toHaveText(/^共 [\d,]+ 人，当前显示第 1—50 人$/);
  await expect(page.getByRole("link", { name: "下一页" })).toBeVisible();
  // ── roster: pinyin initials
  await page.getByLabel("姓名或拼音").fill("oycy");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/q=oycy/);
  await page.getByRole("link", { name: NAME }).click();

  // ── profile and eligibility
  await expect(page.getByTestId("cadre-name")).toContainText(NAME);
  await expect(page.getByTestId("form-resume")).toContainText("南京大学政府管理学院行政管理专业学习");
  await expect(page.getByTestId("form-assessments")).toContainText("2025年度优秀");
  await expect(page.getByTestId("id-number")).toHaveText(`110105********${ID.slice(-4)}`);
  const fc = page.getByTestId("target-POOL:DIVISION_DEPUTY").getByTestId("check-D20-AGE-FC");
  await expect(fc).toHaveAttribute("data-status", "bad");
  await expect(fc).toContainText("不通过");
  await fc.getByRole("button", { name: "D20-AGE-FC" }).click();
  await expect(page.getByTestId("rule-explanation")).toContainText("副处级年轻干部年龄不超过40岁");
  await page.getByRole("button", { name: "关闭" }).click();
  expect(cadreId).toBeTruthy();

  // ── an eligible cadre into the pool: a serving woman of 28–33 with a full-time bachelor,
  // nothing on record against her, not in the pool
  const [pick] = await queryDatabase<{ id: string; name: string }>(`
    select c.id, c.name from "Cadre" c
    where c.status = 'SERVING' and c.gender = 'FEMALE' and c."archivedAt" is null
      and c."highestFullTimeLevel" in ('BACHELOR','MASTER_STUDY','DOCTORATE_STUDY')
      and c."birthDate" between current_date - interval '33 years' and current_date - interval '28 years'
      and not c."lowPublicRecognition" and not c."canvassingRecorded" and c."otherExclusionNote" is null
      and not exists (select 1 from "PoolEntry" p where p."cadreId" = c.id)
      and not exists (select 1 from "Sanction" s where s."cadreId" = c.id)
      and not exists (select 1 from "Talk" t where t."cadreId" = c.id and t."problemRecorded")
      and not exists (select 1 from "PersonalMattersReport" r where r."cadreId" = c.id and r."falseOrMissing")
      and not exists (select 1 from "Assessment" a where a."cadreId" = c.id and a.grade in ('BASICALLY_COMPETENT','INCOMPETENT'))
      and not exists (select 1 from "FamilyMember" f where f."cadreId" = c.id and f.emigrated)
    order by c.id limit 1`);
  expect(pick).toBeTruthy();
  await page.goto("/pool");
  const active = async () => Number(await page.getByTestId("active-count").textContent());
  const womenRow = page.locator('[data-testid^="row-D20-POOL-WOMEN"]').first();
  const women = async () => Number(await womenRow.getByTestId("row-actual").textContent());
  const [activeBefore, womenBefore] = [await active(), await women()];

  await page.goto(`/pool/enter?cadreId=${pick.id}&tier=SECTION`);
  await expect(page.getByTestId("entry-verdict")).toContainText("符合");
  await expect(page.getByTestId("entry-verdict")).not.toContainText("不符合");
  await page.getByLabel("来源渠道").selectOption("ORG_INVESTIGATION");
  await page.getByLabel("入库依据").fill("2026年集中调研，民主推荐排名靠前");
  const reason = page.getByLabel("存在提示项，仍予入库的理由");
  if (await reason.count()) await reason.fill("经部务会研究同意入库");
  await page.getByRole("button", { name: "确认入库" }).click();
  await expect(page).toHaveURL(/\/pool$/);
  // the save says what it did to whom (issue 24 item 3)
  await expect(page.getByTestId("notice")).toContainText(`${pick.name}已入库（科级年轻干部）`);
  await expect.poll(active).toBe(activeBefore + 1);
  expect(await women()).toBe(womenBefore + 1);

  // ── the women figure links to the entries behind it, the new one among them
  await womenRow.getByTestId("row-actual").click();
  await expect(page.getByTestId("entry-filter")).toContainText(`共 ${womenBefore + 1} 人`);
  const row = page.locator("tr", { has: page.getByRole("link", { name: pick.name }) }).first();
  await row.getByRole("link", { name: "研判／出库" }).click();

  // ── exit with a reason
  await page.getByLabel("出库原因").selectOption("PROMOTED");
  await page.getByLabel("出库说明").fill("经区委研究，提拔任副科级领导职务");
  await page.getByRole("button", { name: "办理出库" }).click();
  // 出库 cannot be undone: nothing happens until the dialog's 确认
  const dialog = page.getByRole("dialog", { name: "确认出库" });
  await expect(dialog).toContainText(`将${pick.name}移出优秀年轻干部库`);
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(page.getByTestId("entry-closed")).toHaveCount(0);
  await page.getByRole("button", { name: "办理出库" }).click();
  await dialog.getByRole("button", { name: "确认出库" }).click();
  await expect(page.getByTestId("entry-closed")).toContainText("已提拔使用");
  await expect(page.getByTestId("notice")).toContainText(`${pick.name}已出库（已提拔使用）`);
  await page.goto("/pool");
  expect(await active()).toBe(activeBefore);
  expect(await women()).toBe(womenBefore);
});
