import type { Role } from "../../lib/generated/prisma/enums";
import { NAV_ITEMS, navAllowed } from "../../components/layout/nav-items";
import { can } from "@/lib/authz/permissions";
import { codesOnScreen } from "./support/codes-on-screen";
import { phoneShot, reviewShot } from "./support/screenshots";
import { expect, pageAs, queryDatabase, test } from "./support/fixtures";

const ROLES: Role[] = ["SYS_ADMIN", "SECURITY_ADMIN", "ORG_ADMIN", "ORG_STAFF", "UNIT", "LEADER", "AUDITOR"];

// The records behind the menus that the department's staff open all day: checked for codes on
// screen with the menu pages.
async function recordPages(): Promise<string[]> {
  const one = async (sql: string) => (await queryDatabase<{ id: string }>(sql))[0].id;
  return [
    `/cadres/${await one(`select id from "Cadre" where "archivedAt" is null order by id limit 1`)}`,
    `/pool/${await one(`select id from "PoolEntry" where "closedOn" is null order by id limit 1`)}`,
    `/nominations/${await one(`select id from "Nomination" order by id limit 1`)}`,
    `/units/${await one(`select id from "Unit" where type = 'STREET' order by id limit 1`)}`,
    "/settings/policy",
    "/settings/codes",
  ];
}

// Every role against every page of the navigation: an allowed page renders and shows no English
// code or parameter key; any other answers "not found" (the server checks; hiding the link is
// not the protection).
for (const role of ROLES) {
  test.describe(() => {
    test.use({ role });
    test(`页面权限矩阵：${role}（允许的页面不显示英文代码或参数键）`, async ({ page }) => {
      const codes: string[] = [];
      for (const item of NAV_ITEMS) {
        const allowed = navAllowed(role, item);
        const response = await page.goto(item.href);
        if (allowed) {
          expect(response?.status(), `${role} ${item.href}`).toBe(200);
          await expect(page.getByRole("heading", { name: "未找到该页面或记录" })).toHaveCount(0);
          codes.push(...(await codesOnScreen(page, `${role} ${item.href}`)));
        } else {
          expect(response?.status(), `${role} ${item.href}`).toBe(404);
        }
      }
      if (role === "ORG_STAFF" || role === "ORG_ADMIN") {
        for (const path of await recordPages()) {
          const response = await page.goto(path);
          if (response?.status() === 404) continue; // e.g. 代码表 is the administrator's
          expect(response?.status(), `${role} ${path}`).toBeLessThan(400);
          codes.push(...(await codesOnScreen(page, `${role} ${path}`)));
        }
      }
      expect(codes).toEqual([]);
      // each role's start page, kept for review at 1440×900 and 390×844 (test-results/screenshots)
      await page.goto("/");
      await reviewShot(page, `home-${role}`);
      await phoneShot(page, `home-${role}`);
    });
  });
}
test.describe(() => {
  test.use({ role: "AUDITOR" });
  test("审计员按操作筛选审计日志并导出 Excel（导出本身也被记录）", async ({ page }) => {
    await page.goto("/audit?action=auth.signin&result=SUCCESS");
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    // 操作 in Chinese; the 变更内容 of a sign-in names no English code either
    for (const text of await rows.allTextContents()) {
      expect(text).toContain("登录");
      expect(text).not.toContain("auth.signin");
    }
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出 Excel" }).click();
    expect((await download).suggestedFilename()).toBe("审计日志.xlsx");
    await page.goto("/audit?action=export.audit");
    await expect(page.getByTestId("audit-row").first()).toContainText("导出审计日志");
    // the integrity check from the page, with its result and time
    await page.getByRole("button", { name: "校验日志完整性" }).click();
    await expect(page.getByTestId("chain-check")).toContainText(
      /日志完整：共校验 [\d,]+ 条.*校验时间 \d{4}\.\d{2}\.\d{2}/,
    );
  });
});

// The download routes answer through the same guard as server actions: the permission table
// decides, a refusal is "not found" (and audited), whatever the role's navigation shows.
const DOWNLOADS = [
  { href: "/cadres/export", resource: "cadre", action: "export" },
  { href: "/pool/export", resource: "pool", action: "export" },
  { href: "/training/reminders/export", resource: "development", action: "export" },
  { href: "/audit/export", resource: "audit", action: "export" },
  { href: "/reports/teams/export", resource: "dashboard", action: "export" },
] as const;

test("下载权限矩阵：名册、干部库、培养提醒与审计日志的导出只对有导出权限的角色开放", async ({ browser }) => {
  for (const role of ROLES) {
    const page = await pageAs(browser, role);
    for (const d of DOWNLOADS) {
      const response = await page.request.get(d.href);
      expect(response.status(), `${role} ${d.href}`).toBe(can(role, d.resource, d.action) ? 200 : 404);
      if (response.status() === 200) expect(response.headers()["content-type"]).toContain("spreadsheetml");
    }
    await page.context().close();
  }
});
