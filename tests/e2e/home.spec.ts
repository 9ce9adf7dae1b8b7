import { expect, test } from "@playwright/test";
import pg from "pg";

// The home page's counts must be the database's live figures, not fixed numbers.
async function countsFromDatabase() {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const q = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    return {
      cadres: await q(`select count(*) n from "Cadre" where status = 'SERVING' and "archivedAt" is null`),
      pool: await q(`select count(*) n from "PoolEntry" where "closedOn" is null`),
      nominations: await q(`select count(*) n from "Nomination" where stage not in ('APPOINTED','REJECTED','WITHDRAWN')`),
      units: await q(`select count(*) n from "Unit" where "archivedAt" is null`),
    };
  } finally {
    await client.end();
  }
}

const asNumber = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

test("首页显示的干部、在库、推荐与单位数与数据库一致", async ({ page }) => {
  const expected = await countsFromDatabase();
  expect(expected.cadres).toBeGreaterThan(0);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "首页" })).toBeVisible();
  expect(asNumber(await page.getByTestId("count-cadres").textContent())).toBe(expected.cadres);
  expect(asNumber(await page.getByTestId("count-pool").textContent())).toBe(expected.pool);
  expect(asNumber(await page.getByTestId("count-nominations").textContent())).toBe(expected.nominations);
  expect(asNumber(await page.getByTestId("count-units").textContent())).toBe(expected.units);
});

test("主导航包含各功能区", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "主导航" });
  for (const label of ["干部库", "干部名册", "推荐", "培训与实践", "单位与班子", "看板", "设置"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
});
