import { expect, queryDatabase, test } from "./support/fixtures";

// The home page's counts must be the database's live figures, not fixed numbers.
async function count(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await queryDatabase<{ n: string }>(sql, params))[0].n);
}

const asNumber = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

test.describe(() => {
  test.use({ role: "ORG_STAFF" });

  test("组织部干部登录后，首页的干部、在库、推荐与单位数与数据库一致", async ({ page }) => {
    const expected = {
      cadres: await count(`select count(*) n from "Cadre" where status = 'SERVING' and "archivedAt" is null`),
      pool: await count(`select count(*) n from "PoolEntry" where "closedOn" is null`),
      nominations: await count(
        `select count(*) n from "Nomination" where stage not in ('APPOINTED','REJECTED','WITHDRAWN')`,
      ),
      units: await count(`select count(*) n from "Unit" where "archivedAt" is null`),
    };
    expect(expected.cadres).toBeGreaterThan(0);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "首页" })).toBeVisible();
    expect(asNumber(await page.getByTestId("count-cadres").textContent())).toBe(expected.cadres);
    expect(asNumber(await page.getByTestId("count-pool").textContent())).toBe(expected.pool);
    expect(asNumber(await page.getByTestId("count-nominations").textContent())).toBe(expected.nominations);
    expect(asNumber(await page.getByTestId("count-units").textContent())).toBe(expected.units);
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const label of ["干部库", "干部名册", "推荐", "培训与实践", "单位与班子", "看板", "设置"]) {
      await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
    }
  });
});

test.describe(() => {
  test.use({ role: "UNIT" });

  test("单位党委账号的首页只统计本单位", async ({ page }) => {
    const [unit] = await queryDatabase<{ unitId: string }>(`select "unitId" from "User" where username = 'unit'`);
    const cadres = await count(
      `select count(*) n from "Cadre" where status = 'SERVING' and "archivedAt" is null and "unitId" = $1`,
      [unit.unitId],
    );
    await page.goto("/");
    expect(asNumber(await page.getByTestId("count-cadres").textContent())).toBe(cadres);
    expect(asNumber(await page.getByTestId("count-units").textContent())).toBe(1);
  });
});
