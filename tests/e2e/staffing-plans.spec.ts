import type { Page } from "@playwright/test";
import { expect, pageAs, queryDatabase, test } from "./support/fixtures";
import { reviewShot } from "./support/screenshots";

test.use({ role: "ORG_STAFF" });

// Three pool members without an open nomination (unique names, the youngest first) and the
// 副处 team posts of three streets (the first lacking a team member aged ≤ 42 today, so
// D20-ST-STREET-40 changes), found in the seeded demo district.
async function planData() {
  const cadres = await queryDatabase<{ id: string; name: string }>(
    `select c.id, c.name from "PoolEntry" e join "Cadre" c on c.id = e."cadreId"
     where e."closedOn" is null and c."archivedAt" is null and c.status = 'SERVING'
       and not exists (select 1 from "Nomination" n where n."cadreId" = c.id and n.stage not in ('APPOINTED','REJECTED','WITHDRAWN'))
       and (select count(*) from "Cadre" o where o.name = c.name) = 1
     order by c."birthDate" desc, c.id limit 3`,
  );
  const posts = await queryDatabase<{ unitName: string; title: string; lacking: boolean }>(
    `select distinct on (u.id) u.name as "unitName", p.title,
       not exists (select 1 from "Appointment" a join "Post" q on q.id = a."postId" join "Cadre" c on c.id = a."cadreId"
         where q."unitId" = u.id and q."isLeadership" and q.rank in ('DIVISION_PRINCIPAL','DIVISION_DEPUTY')
           and a."startDate" <= current_date and (a."endDate" is null or a."endDate" >= current_date)
           and c."birthDate" > current_date - interval '43 years') as lacking
     from "Post" p join "Unit" u on u.id = p."unitId"
     where u.type = 'STREET' and u."archivedAt" is null and p."archivedAt" is null and p."isLeadership" and p.rank = 'DIVISION_DEPUTY'
       and (select count(*) from "Post" s where s."unitId" = u.id and s.title = p.title and s."archivedAt" is null) = 1
     order by u.id, p."sortOrder", p.id`,
  );
  const ordered = [...posts.filter((p) => p.lacking), ...posts.filter((p) => !p.lacking)].slice(0, 3);
  return { cadres, posts: ordered };
}

async function pick(page: Page, field: string, query: string, option: string) {
  await page.getByLabel(field, { exact: true }).fill(query);
  await page.getByLabel(field, { exact: true }).press("Enter");
  await page
    .getByRole("list", { name: `${field}检索结果` })
    .getByRole("button", { name: option })
    .first()
    .click();
}

test("组织部干部建立三项调整的调配方案，查看配备目标调配前后，保存后重新打开，转为三条动议", async ({
  page,
  browser,
}) => {
  const { cadres, posts } = await planData();
  expect(cadres).toHaveLength(3);
  expect(posts).toHaveLength(3);
  expect(posts[0].lacking).toBe(true);
  await page.goto("/plans");
  await page.getByLabel("方案名称").fill("街道班子年轻化方案（测试）");
  await page.getByRole("button", { name: "新建方案" }).click();
  await expect(page.getByRole("heading", { name: "街道班子年轻化方案（测试）" })).toBeVisible();
  const planUrl = page.url();
  for (let i = 0; i < 3; i++) {
    await pick(page, "干部", cadres[i].name, cadres[i].name);
    await pick(page, "拟任职位", posts[i].unitName, `${posts[i].unitName}${posts[i].title}`);
    await page.getByRole("button", { name: "加入方案" }).click();
    await expect(page.getByTestId("plan-move")).toHaveCount(i + 1);
  }
  // the street that lacked a cadre of about 40 now counts: D20-ST-STREET-40 changes
  const street40 = page.locator('[data-key="D20-ST-STREET-40"]');
  await expect(street40).toHaveAttribute("data-testid", "target-changed");
  await expect(street40).toContainText(`新增计入：${posts[0].unitName}`);
  await expect(page.getByTestId("team-change").first()).toBeVisible();
  await expect(page.getByTestId("placement-verdict")).toHaveCount(3);
  await reviewShot(page, "staffing-plan");
  await page.getByRole("table", { name: "配备目标调配前后" }).scrollIntoViewIfNeeded();
  await reviewShot(page, "staffing-plan-targets");

  // saved: reopened from the list, the three moves are there
  await page.goto("/plans");
  await page.getByRole("link", { name: "街道班子年轻化方案（测试）" }).first().click();
  await expect(page).toHaveURL(planUrl);
  await expect(page.getByTestId("plan-move")).toHaveCount(3);

  // side by side (here the plan against itself): 现状 and each plan's figure for every target
  const planId = planUrl.split("/").pop()!;
  await page.goto(`/plans/compare?a=${planId}&b=${planId}`);
  await expect(
    page.getByRole("table", { name: "配备目标方案比较" }).getByRole("row", { name: /D20-ST-STREET-40/ }),
  ).toBeVisible();
  await page.goto(planUrl);

  await page.getByRole("button", { name: "转为动议" }).click();
  await page.getByRole("dialog", { name: "转为动议" }).getByRole("button", { name: "确认转为动议" }).click();
  await expect(page.getByTestId("notice")).toContainText("已转为3条动议");
  await expect(page.getByRole("link", { name: "查看动议" })).toHaveCount(3);
  const made = await queryDatabase<{ stage: string; kind: string }>(
    `select n.stage::text, e.data->>'kind' as kind from "StaffingPlanMove" m cross join lateral unnest(m."nominationIds") as u(nid)
     join "Nomination" n on n.id = u.nid join "NominationEvent" e on e."nominationId" = n.id where m."planId" = $1`,
    [planId],
  );
  expect(made).toEqual([
    { stage: "PROPOSED", kind: "PLANNED" },
    { stage: "PROPOSED", kind: "PLANNED" },
    { stage: "PROPOSED", kind: "PLANNED" },
  ]);

  // a unit user and a leader: no menu item, and the plan's address is not found
  for (const role of ["UNIT", "LEADER"] as const) {
    const other = await pageAs(browser, role);
    const response = await other.goto(planUrl);
    expect(response?.status(), role).toBe(404);
    await other.goto("/");
    await expect(other.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "模拟调配" })).toHaveCount(
      0,
    );
    await other.context().close();
  }
});
