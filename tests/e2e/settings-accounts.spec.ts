import { anonymousPage, expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "SYS_ADMIN" });

// A system administrator creates a unit party committee account; its user signs in, must
// change the initial password, and then sees only that unit.
const INITIAL = "Qinghe-Unit-2026";
const CHANGED = "Changed-Unit-2027";

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await queryDatabase<{ n: string }>(sql, params))[0].n);
}

const asNumber = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

test("系统管理员新建单位账号；该用户首次登录须改密码，之后只看到本单位", async ({ page, browser }) => {
  // the unit with the most serving cadres other than the demo unit account's
  const [unit] = await queryDatabase<{ id: string; name: string; n: string }>(
    `select u.id, u.name, count(c.id) n from "Unit" u join "Cadre" c on c."unitId" = u.id and c.status = 'SERVING' and c."archivedAt" is null
     where u.id <> (select "unitId" from "User" where username = 'unit') group by u.id order by count(c.id) desc, u.id limit 1`,
  );
  const username = `unit_e2e_${Date.now().toString(36)}`;

  await page.goto("/settings");
  await expect(page.getByTestId("settings-accounts")).toBeVisible();
  await expect(page.getByTestId("settings-policy")).toHaveCount(0);
  await page.getByTestId("settings-accounts").click();
  await page.getByRole("link", { name: "新建账号" }).click();

  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名或账号名称").fill(`${unit.name}党委`);
  await page.getByLabel("角色").selectOption({ label: "单位党委（党组）" });
  await page.getByLabel("初始密码").fill("weakpassword");
  await page.getByRole("button", { name: "创建账号" }).click();
  // no unit chosen and a weak password: both refused beside their fields, nothing created
  await expect(page.locator("#unitId-error")).toHaveText("单位党委（党组）账号须选择所属单位");
  await expect(page.locator("#password-error")).toContainText("至少三类");
  expect(await count(`select count(*) n from "User" where username = $1`, [username])).toBe(0);

  await page.getByLabel("所属单位").selectOption(unit.id);
  await page.getByLabel("初始密码").fill(INITIAL);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByTestId("account-created")).toContainText(`账号 ${username} 已创建`);
  await page.goto("/settings/accounts");
  await expect(page.getByTestId(`account-${username}`)).toContainText("待改密码");

  // the new user, in a browser of their own
  const user = await anonymousPage(browser);
  await user.goto("/signin");
  await user.getByLabel("用户名").fill(username);
  await user.getByLabel("密码").fill(INITIAL);
  await user.getByRole("button", { name: "登录" }).click();
  await expect(user.getByTestId("must-change")).toBeVisible();
  await user.getByLabel("当前密码").fill(INITIAL);
  await user.getByLabel("新密码", { exact: true }).fill(CHANGED);
  await user.getByLabel("确认新密码").fill(CHANGED);
  await user.getByRole("button", { name: "保存新密码" }).click();
  await expect(user.getByTestId("current-user")).toHaveText(`${unit.name}党委`);
  expect(asNumber(await user.getByTestId("count-units").textContent())).toBe(1);
  expect(asNumber(await user.getByTestId("count-cadres").textContent())).toBe(Number(unit.n));
  await user.context().close();

  const audit = await queryDatabase<{ action: string }>(
    `select a.action from "AuditLog" a join "User" u on u.id = a."objectId" where u.username = $1 order by a.id`,
    [username],
  );
  expect(audit.map((a) => a.action)).toEqual(["account.create", "account.changePassword"]);
});
