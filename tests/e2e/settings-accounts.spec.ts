import { anonymousPage, expect, pageAs, queryDatabase, test } from "./support/fixtures";
import { freshTotp } from "./support/totp-codes";

const CHANGED = "Changed-Unit-2027";
const asNumber = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

test.use({ role: "SYS_ADMIN" });

// 三员分立 in the browser: the 系统管理员 creates an account (no role, no secret; a printable
// 开户通知 with a one-time password), the 安全管理员 grants it a role, a unit and a clearance,
// the holder signs in with the one-time password, changes it and binds their own authenticator,
// and the 安全审计员 sees every step. Each administrator sees only their cards.
test("系统管理员开户、安全管理员授权，本人首次登录改密码并绑定动态口令，审计员看到全过程", async ({
  page,
  browser,
}) => {
  const [unit] = await queryDatabase<{ id: string; name: string }>(
    `select id, name from "Unit" where type = 'STREET' and "archivedAt" is null order by "sortOrder", code limit 1`,
  );
  const username = `unit_e2e_${Date.now().toString(36)}`;

  await page.goto("/settings");
  await expect(page.getByTestId("settings-accounts")).toBeVisible();
  await expect(page.getByTestId("settings-security")).toBeVisible();
  await expect(page.getByTestId("settings-policy")).toHaveCount(0);
  await page.getByTestId("settings-accounts").click();
  await page.getByRole("link", { name: "新建账号" }).click();
  await expect(page.getByLabel("角色")).toHaveCount(0);
  await expect(page.getByLabel("初始密码")).toHaveCount(0);

  await page.getByLabel("姓名或账号名称").fill(`${unit.name}党委`);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.locator("#username-error")).toHaveText("请输入用户名");
  await page.getByLabel("用户名").fill(username);
  await page.getByRole("button", { name: "创建账号" }).click();
  const notice = page.getByTestId("password-notice");
  await expect(notice).toContainText("开户通知");
  await expect(notice).toContainText(username);
  await expect(page.getByText(/动态口令密钥|otpauth/)).toHaveCount(0);
  const oneTimePassword = (await page.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTimePassword).toHaveLength(16);

  await page.goto("/settings/accounts");
  const row = page.getByTestId(`account-${username}`);
  await expect(row).toContainText("未授权");
  await expect(row).toContainText("待授权");
  await row.getByRole("link", { name: username }).click();
  await expect(page.getByRole("heading", { name: "重置密码" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "角色、所属单位与密级" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "动态口令" })).toHaveCount(0);
  const accountUrl = page.url();

  // the 安全管理员, in a browser of their own
  const sec = await pageAs(browser, "SECURITY_ADMIN");
  await sec.goto("/settings/accounts");
  await expect(sec.getByRole("link", { name: "新建账号" })).toHaveCount(0);
  await sec.goto(accountUrl);
  await expect(sec.getByRole("heading", { name: "重置密码" })).toHaveCount(0);
  await expect(sec.getByRole("heading", { name: "账号状态" })).toHaveCount(0);
  await sec.getByLabel("角色").selectOption({ label: "单位党委（党组）" });
  await expect(sec.getByLabel("密级（可阅读的最高敏感级别）")).toHaveValue("SENSITIVE");
  await sec.getByRole("button", { name: "保存授权" }).click();
  await expect(sec.locator("#unitId-error")).toHaveText("单位党委（党组）账号须选择所属单位");
  await sec.getByLabel("所属单位").selectOption(unit.id);
  await sec.getByRole("button", { name: "保存授权" }).click();
  await expect(sec.getByRole("status")).toHaveText("已保存授权。");
  await expect(sec.getByTestId("account-role")).toHaveText("单位党委（党组）");
  await expect(sec.getByTestId("account-clearance")).toHaveText("敏感");
  await sec.context().close();

  // The holder, in a browser of their own: signs in with the one-time password, must change it,
  // then binds their own authenticator (the QR code and the recovery codes are shown to them
  // only), and then sees only their unit.
  const user = await anonymousPage(browser);
  await user.goto("/signin");
  await user.getByLabel("用户名").fill(username);
  await user.getByLabel("密码").fill(oneTimePassword);
  await user.getByRole("button", { name: "登录" }).click();
  await expect(user.getByTestId("must-change")).toBeVisible();
  await user.getByLabel("当前密码").fill(oneTimePassword);
  await user.getByLabel("新密码", { exact: true }).fill(CHANGED);
  await user.getByLabel("确认新密码").fill(CHANGED);
  await user.getByRole("button", { name: "保存新密码" }).click();

  await expect(user).toHaveURL(/\/account\/second-factor/);
  await expect(user.getByTestId("totp-qr")).toBeVisible();
  const secret = (await user.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
  await user.getByLabel("验证器显示的 6 位数字").fill("000000");
  await user.getByRole("button", { name: "确认绑定" }).click();
  await expect(user.locator("#code-error")).toBeVisible();
  await user.getByLabel("验证器显示的 6 位数字").fill(await freshTotp(secret));
  await user.getByRole("button", { name: "确认绑定" }).click();
  await expect(user.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await user.getByRole("button", { name: "我已保存恢复码，进入系统" }).click();
  await expect(user.getByTestId("current-user")).toHaveText(`${unit.name}党委`);
  expect(asNumber(await user.getByTestId("count-units").textContent())).toBe(1);
  await user.context().close();

  const stored = await queryDatabase<{ enrolled: boolean }>(
    `select "totpEnrolledAt" is not null and "totpSecretCipher" is not null enrolled from "User" where username = $1`,
    [username],
  );
  expect(stored).toEqual([{ enrolled: true }]);

  const audit = await queryDatabase<{ action: string; role: string }>(
    `select a.action, a.role from "AuditLog" a join "User" u on u.id = a."objectId" where u.username = $1 and a.action like 'account.%' order by a.id`,
    [username],
  );
  expect(audit).toEqual([
    { action: "account.create", role: "SYS_ADMIN" },
    { action: "account.grant", role: "SECURITY_ADMIN" },
    { action: "account.changePassword", role: "UNIT" },
    { action: "account.enrollTotp", role: "UNIT" },
  ]);

  // The 安全审计员 sees all of it in the audit log, with who did each step.
  const auditor = await pageAs(browser, "AUDITOR");
  const [target] = await queryDatabase<{ id: string }>(`select id from "User" where username = $1`, [username]);
  await auditor.goto(`/audit?objectId=${target.id}`);
  const rows = auditor.getByTestId("audit-row");
  for (const action of ["创建账号", "授予角色、范围与密级", "修改密码", "绑定动态口令"]) {
    await expect(rows.filter({ hasText: action })).toHaveCount(1);
  }
  await expect(rows.filter({ hasText: "创建账号" })).toContainText("sysadmin");
  await expect(rows.filter({ hasText: "授予角色、范围与密级" })).toContainText("secadmin");
  await auditor.context().close();
});
