import { expect, queryDatabase, test } from "./support/fixtures";
import { reviewShot } from "./support/screenshots";

test.use({ role: "ORG_STAFF" });

test("组织部干部为空缺的领导职位办理任职，班子表随即显示任职人员与年龄，审计日志有记录", async ({ page }) => {
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
  await expect(page).toHaveURL(new RegExp(`/units/${vacant.unitId}$`));
  const team = page.getByRole("table", { name: "领导班子职位与任职人员" });
  await expect(team.getByRole("row", { name: new RegExp(cadre.name) })).toBeVisible();
  await reviewShot(page, "units-team-after-appointment");
  const audit = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'appointment.create' and username = 'orgstaff' and diff->'postId'->>'to' = $1 and diff->'cadreName'->>'to' = $2`,
    [vacant.postId, cadre.name],
  );
  expect(Number(audit[0].n)).toBe(1);
});
