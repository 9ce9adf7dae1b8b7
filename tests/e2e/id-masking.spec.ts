import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "LEADER" });

// A full 身份证号: 6-digit area, birth date 19xx/20xx, 3-digit sequence, check character.
const FULL_ID = /\b\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]\b/;

test("领导查看名册与干部档案时，页面 HTML 与传给浏览器的数据中没有完整身份证号", async ({ page }) => {
  const ids = await queryDatabase<{ id: string }>(
    `select c.id from "Cadre" c where c."idNumberCipher" is not null and c.status = 'SERVING' order by c.id limit 3`,
  );
  expect(ids.length).toBe(3);
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().startsWith("http://127.0.0.1") && (r.headers()["content-type"] ?? "").match(/html|x-component|json/)) {
      bodies.push(await r.text().catch(() => ""));
    }
  });
  await page.goto("/cadres");
  for (const { id } of ids) {
    await page.goto(`/cadres/${id}`);
    await expect(page.getByText(/\*{8}/).first()).toBeVisible();
    bodies.push(await page.content());
  }
  expect(bodies.length).toBeGreaterThan(3);
  for (const b of bodies) expect(b).not.toMatch(FULL_ID);
});
