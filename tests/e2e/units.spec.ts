import { expect, queryDatabase, test } from "./support/fixtures";
import { reviewShot } from "./support/screenshots";

test.use({ role: "ORG_STAFF" });

test("组织部干部为空缺的领导职位办理任职（硬性条件不符合须填写破格理由），班子表随即显示任职人员与年龄，审计日志有记录", async ({
  page,
}) => {
  const [vacant] = await queryDatabase<{ unitId: string; unitName: string; postId: string; title: string }>(
    `select p."unitId", u.name as "unitName", p.id as "postId", p.title from "Post" p join "Unit" u on u.id = p."unitId"
     where p."isLeadership" and p.rank = 'DIVISION_DEPUTY' and p."archivedAt" is null
       and not exists (select 1 from "Appointment" a where a."postId" = p.id and a."endDate" is null)
     order by u."sortOrder", p."sortOrder" limit 1`,
  );
  expect(vacant).toBeTruthy();
  const [cadre] = await queryDatabase<{ id: string; name: string }>(
    `select c.id, c.name from "Cadre" c where c.status = 'SERVING' and c."archivedAt" is null
       and not exists (select 1 from "Appointment" a join "Post" p on p.id = a."postId" where a."cadreId" = c.id and p."isLeadership" and a."endDate" is null)
     order by c."birthDate" desc, c.id limit 1`,
  );
  await page.goto(`/units/${vacant.unitId}/posts/${vacant.postId}/appoint`);
  await expect(page.getByRole("heading", { name: `任职：${vacant.title}` })).toBeVisible();
  await page.getByLabel("姓名或拼音首字母").fill(cadre.name);
  await page.getByRole("button", { name: "查找" }).click();
  await page
    .getByRole("row", { name: new RegExp(cadre.name) })
    .first()
    .getByRole("link", { name: "选择" })
    .click();
  await page.getByLabel("任职时间", { exact: true }).fill("1900-01-01");
  await page.getByRole("button", { name: "确认任职" }).click();
  await expect(page.getByText(/任职时间早于.*年满18周岁之日/)).toBeVisible();
  await page.getByLabel("任职时间", { exact: true }).fill("2026-11-01");
  await page.getByLabel("任职文号").fill("青组干〔2026〕88号");
  await page.getByRole("button", { name: "确认任职" }).click();
  // The youngest serving cadre has not served 3 years at 正科级: NAT-STEP-DEPUTY fails, and the
  // 任职 is refused until a 破格 reason is recorded beside its field.
  await expect(page.getByRole("button", { name: "NAT-STEP-DEPUTY" }).first()).toBeVisible();
  await expect(page.getByText(/确需任职的，请填写破格理由/)).toBeVisible();
  await page.getByLabel("破格理由").fill("该同志在重点项目中实绩突出，经部务会研究按破格提拔程序办理");
  await page.getByRole("button", { name: "确认任职" }).click();
  await expect(page).toHaveURL(new RegExp(`/units/${vacant.unitId}$`));
  const team = page.getByRole("table", { name: "领导班子职位与任职人员" });
  await expect(team.getByRole("row", { name: new RegExp(cadre.name) })).toBeVisible();
  // the name opens the profile (issue 24 item 8)
  await expect(team.getByRole("link", { name: cadre.name })).toHaveAttribute("href", /^\/cadres\/[a-z0-9]+$/);
  await expect(page.getByTestId("notice")).toContainText("任职已办理");
  await reviewShot(page, "units-team-after-appointment");
  const audit = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'appointment.create' and username = 'orgstaff' and diff->'postId'->>'to' = $1 and diff->'cadreName'->>'to' = $2`,
    [vacant.postId, cadre.name],
  );
  expect(Number(audit[0].n)).toBe(1);
  const [appointment] = await queryDatabase<{ exceptionReason: string | null }>(
    `select "exceptionReason" from "Appointment" where "postId" = $1 and "endDate" is null`,
    [vacant.postId],
  );
  expect(appointment.exceptionReason).toContain("破格提拔");
});
