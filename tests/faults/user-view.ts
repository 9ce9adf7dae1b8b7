// What a user actually sees, in Chromium: a page opened with a signed-in session, and the
// sign-in form's answer. Used during each outage to check the message is clear Chinese text
// and nothing like a stack trace, SQL or the database's address.
import { chromium, type Browser } from "@playwright/test";
import { chromiumPath } from "../e2e/support/chromium";
import type { Seen } from "./clear-message";

export type { Seen } from "./clear-message";
export { isClearChinese } from "./clear-message";

export class UserView {
  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  static async open(baseUrl: string): Promise<UserView> {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
    return new UserView(browser, baseUrl);
  }

  async page(path: string, cookies: { name: string; value: string }[]): Promise<Seen> {
    const ctx = await this.browser.newContext({ baseURL: this.baseUrl, locale: "zh-CN" });
    try {
      await ctx.addCookies(cookies.map((c) => ({ ...c, url: this.baseUrl })));
      const page = await ctx.newPage();
      await page.goto(path, { timeout: 30_000 }).catch(() => {});
      await page.waitForTimeout(500);
      return {
        what: `打开 ${path}`,
        text: (
          await page
            .locator("body")
            .innerText()
            .catch(() => "")
        ).trim(),
      };
    } finally {
      await ctx.close();
    }
  }

  async signIn(username: string, password: string): Promise<Seen> {
    const ctx = await this.browser.newContext({ baseURL: this.baseUrl, locale: "zh-CN" });
    try {
      const page = await ctx.newPage();
      await page.goto("/signin", { timeout: 30_000 });
      await page.getByLabel("用户名").fill(username);
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录" }).click();
      // The form's answer is its error line; none within the time is itself a failure.
      const alert = page.getByTestId("signin-error");
      await alert.waitFor({ timeout: 20_000 }).catch(() => {});
      const text = await alert.innerText({ timeout: 1000 }).catch(() => "(没有出现提示 / no message shown)");
      return { what: "登录", text: text.trim() };
    } finally {
      await ctx.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
