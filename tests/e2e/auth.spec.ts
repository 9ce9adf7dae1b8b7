import fs from "node:fs";
import { expect, queryDatabase, signInThroughForm, test } from "./support/fixtures";

test("未登录访问任何页面都转到登录页；x-middleware-subrequest 头无效", async ({ page, request }) => {
  await page.goto("/cadres");
  await expect(page).toHaveURL(/\/signin$/);
  const bypass = await request.get("/cadres", {
    headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    maxRedirects: 0,
  });
  expect(bypass.status()).toBe(307);
  expect(bypass.headers()["location"]).toContain("/signin");
});

test("用户名不存在与密码错误给出同一提示", async ({ page }) => {
  await page.goto("/signin");
  for (const username of ["nobody-here", "orgstaff"]) {
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill("Wrong-Password-9");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("signin-error")).toHaveText("用户名或密码错误");
  }
});

test("安全响应头：CSP 不允许内联脚本，禁止被嵌入，nosniff", async ({ request }) => {
  const r = await request.get("/signin");
  const h = r.headers();
  const scriptSrc = h["content-security-policy"].split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[^']+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
});

/** The id Next.js gave the change-password server action in this build. */
function changePasswordActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const entries = Object.entries(
    manifest.node as Record<string, { exportedName?: string; workers: Record<string, unknown> }>,
  );
  const hit =
    entries.find(([, v]) => v.exportedName === "changePasswordAction") ??
    entries.find(([, v]) => Object.keys(v.workers).some((w) => w.includes("account/password")));
  if (!hit) throw new Error("changePasswordAction not found in the server reference manifest");
  return hit[0];
}

test("跨站提交的 Server Action 被拒绝，同源提交被处理", async ({ page, baseURL }) => {
  await signInThroughForm(page, "LEADER");
  const post = (origin: string) =>
    page.request.post("/account/password", {
      headers: {
        "Next-Action": changePasswordActionId(),
        Origin: origin,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: JSON.stringify([{ currentPassword: "x", newPassword: "y", confirmPassword: "z" }]),
      maxRedirects: 0,
    });
  const same = await post(baseURL!);
  expect(same.status()).toBe(200);
  expect(await same.text()).toContain("两次输入的新密码不一致");
  const cross = await post("http://evil.example");
  expect(cross.status()).toBeGreaterThanOrEqual(400);
  expect(await cross.text()).not.toContain("两次输入的新密码不一致");
});

test("审计员只看到审计日志；退出后会话立即失效", async ({ page }) => {
  await signInThroughForm(page, "AUDITOR");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "审计日志" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "干部名册" })).toHaveCount(0);
  await page.goto("/cadres");
  await expect(page.getByRole("heading", { name: "未找到该页面或记录" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin$/);
  const rows = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'auth.signout' and username = 'auditor'`,
  );
  expect(Number(rows[0].n)).toBeGreaterThanOrEqual(1);
});

// Before the page's JavaScript has run (slow network, busy machine), the sign-in form must not
// take input or submit natively: typed text would be lost to the controlled fields, and a native
// submission would carry the password in a URL, the history and the proxy's log. With
// JavaScript off the page stays in that state for good, so the guard can be observed.
test("脚本尚未加载时登录表单不可填写、不可提交，密码不会出现在地址栏", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "登录" })).toBeDisabled();
  await expect(page.getByLabel("用户名")).toBeDisabled();
  await expect(page.getByLabel("密码")).toBeDisabled();
  // forced anyway (values set behind the disabled fields, the form submitted natively)
  await page.evaluate(() => {
    (document.getElementById("username") as HTMLInputElement).value = "orgstaff";
    (document.getElementById("password") as HTMLInputElement).value = "Not-Sent-Anywhere-1";
    document.querySelector("form")!.requestSubmit();
  });
  await page.waitForLoadState("load");
  expect(page.url()).not.toContain("Not-Sent-Anywhere-1");
  expect(new URL(page.url()).search).toBe("");
  await context.close();
});
