import { DEMO_ACCOUNTS } from "../factories/demo-accounts";
import { navAllowed, NAV_ITEMS } from "../../components/layout/nav-items";
import { expect, pageAs, queryDatabase, test } from "./support/fixtures";

// Issue 24 items 5 and 8: a department reads Chinese, not the program's codes. Each role walks its
// menu and the records behind it; the rendered text of every page may show rule ids (D20-POOL-WOMEN
// — cited on purpose) and the names of file formats, but no enum value (SECTION_DEPUTY, UNIT) and
// no dotted parameter or action key (nat.publicityWorkingDays, auth.signin).
const RULE_ID = /\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g;
const ALLOWED =
  /\b(?:LRMX|LRM|PDF|Excel|TOTP|HMAC|GB\/T|CSV|XLSX|IPv4|IPv6|K?HTML)\b|[\w.-]+\.(?:lrmx|lrm|xlsx|pdf|png|jpg)\b/g;
const CODE = /\b[A-Z][A-Z_]{3,}\b|\b[a-z]+\.[a-z][A-Za-z]+\b/g;

async function codesOn(page: import("@playwright/test").Page, path: string, mustOpen: boolean): Promise<string[]> {
  const res = await page.goto(path);
  if (!mustOpen && res?.status() === 404) return [];
  expect(res?.status(), path).toBeLessThan(400);
  const text = (await page.locator("body").innerText()).replace(RULE_ID, "").replace(ALLOWED, "");
  return [...new Set(text.match(CODE) ?? [])].map((c) => `${path}: ${c}`);
}

test("每个角色的菜单页与其下的记录页不显示英文代码或参数键", async ({ browser }) => {
  test.setTimeout(240_000);
  const [cadre] = await queryDatabase<{ id: string }>(
    `select id from "Cadre" where "archivedAt" is null order by id limit 1`,
  );
  const [entry] = await queryDatabase<{ id: string }>(
    `select id from "PoolEntry" where "closedOn" is null order by id limit 1`,
  );
  const [nomination] = await queryDatabase<{ id: string }>(`select id from "Nomination" order by id limit 1`);
  const [unit] = await queryDatabase<{ id: string }>(`select id from "Unit" where type = 'STREET' order by id limit 1`);
  const details = [`/cadres/${cadre.id}`, `/pool/${entry.id}`, `/nominations/${nomination.id}`, `/units/${unit.id}`];
  const found: string[] = [];
  for (const { role } of DEMO_ACCOUNTS) {
    const page = await pageAs(browser, role);
    const menu = NAV_ITEMS.filter((i) => navAllowed(role, i)).map((i) => i.href);
    const more = ["ORG_STAFF", "ORG_ADMIN"].includes(role) ? [...details, "/settings/policy", "/settings/codes"] : [];
    for (const path of [...menu, ...more])
      found.push(...(await codesOn(page, path, menu.includes(path))).map((f) => `${role} ${f}`));
    await page.context().close();
  }
  expect(found).toEqual([]);
});
