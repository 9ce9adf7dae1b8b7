// The 任免审批表 of a demo cadre prints front and back on A4 (and a 续页 when its record runs
// longer): the demo cadre with the longest record (most appointments and family members) is
// rendered to PDF by Chromium and its pages counted; none runs past its A4 box.
import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test("资料最多的演示干部，其任免审批表打印为正反两页 A4（续页另计），且打印记入审计日志", async ({ page }) => {
  const [c] = await queryDatabase<{ id: string; n: string }>(`
    select c.id, (select count(*) from "Appointment" a where a."cadreId" = c.id) + (select count(*) from "FamilyMember" f where f."cadreId" = c.id) + (select count(*) from "EducationRecord" e where e."cadreId" = c.id) n
    from "Cadre" c order by n desc, c.id limit 1`);
  expect(Number(c.n)).toBeGreaterThan(5);
  await page.goto(`/cadres/${c.id}`);
  await expect(page.getByTestId("approval-form")).toBeVisible();
  const pages = Number(await page.getByTestId("approval-form").getAttribute("data-pages"));
  expect(pages).toBeGreaterThanOrEqual(2);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdfPageCount(pdf)).toBe(pages);
  await expect(page.getByTestId("form-resume")).not.toBeEmpty();

  // 打印 records the print, then opens the dialog (stubbed here)
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = "1";
    };
  });
  await page.getByRole("button", { name: "打印" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
  const rows = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'print.cadreForm' and "objectId" = $1`,
    [c.id],
  );
  expect(Number(rows[0].n)).toBe(1);

  // the print view: who and when on the page, and the view itself audited with its count
  await page.goto(`/cadres/print?ids=${c.id}`);
  await expect(page.getByTestId("print-watermark")).toContainText("（orgstaff）");
  await expect(page.getByTestId("print-watermark-footer").first()).toContainText("苗圃 打印：");
  await expect(page.getByTestId("print-watermark-footer")).toHaveCount(pages);
  const views = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'print.cadreForm' and "objectId" = $1 and diff->>'format' = 'HTML' and diff->>'count' = '1'`,
    [c.id],
  );
  expect(Number(views[0].n)).toBe(1);
});
