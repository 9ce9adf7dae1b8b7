// The editors of the information sets the hard rules read (issue 19 item 4), as organization
// staff use them: a 处分 recorded for a pool member turns the profile's ZZ15-EXCL check to 不通过;
// a photo chosen and framed on the edit page appears on the printed 任免审批表.
import { expect, queryDatabase, test } from "./support/fixtures";

test.use({ role: "ORG_STAFF" });

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const daysFromNow = (n: number) => ymd(new Date(Date.now() + n * 86_400_000));

/** A serving pool member with nothing on record against it and no photo yet. */
async function poolMember() {
  const [c] = await queryDatabase<{ id: string; name: string; tier: string }>(`
    select c.id, c.name, p.tier from "Cadre" c join "PoolEntry" p on p."cadreId" = c.id and p."closedOn" is null
    where c.status = 'SERVING' and c."archivedAt" is null and c.photo is null
      and not exists (select 1 from "Sanction" s where s."cadreId" = c.id)
    order by c.id limit 1`);
  expect(c, "a pool member without sanctions in the demo district").toBeTruthy();
  return c;
}

test("登记处分后，干部档案的任职资格研判 ZZ15-EXCL 变为不通过；上传照片后打印的任免审批表显示照片", async ({
  page,
}) => {
  const c = await poolMember();
  const sanctionCheck = () =>
    page
      .getByTestId(`target-POOL:${c.tier}`)
      .getByTestId("check-ZZ15-EXCL")
      .filter({ hasText: /影响期/ });

  await page.goto(`/cadres/${c.id}`);
  await expect(sanctionCheck()).toHaveAttribute("data-status", "ok");
  await expect(sanctionCheck()).toContainText("无处于影响期内的组织处理或处分");

  // ── record a 党内警告 still in its 影响期
  await page.goto(`/cadres/${c.id}/edit`);
  const editor = page.getByTestId("editor-sanction");
  await editor.getByLabel("种类").selectOption("PARTY_WARNING");
  await editor.getByLabel("决定时间").fill(daysFromNow(-30));
  // a message beside the field first: the end of the 影响期 before the decision
  await editor.getByLabel("影响期截止日").fill(daysFromNow(-60));
  await editor.getByRole("button", { name: "添加处分、组织处理" }).click();
  await expect(editor.getByRole("alert")).toContainText("影响期截止日不能早于决定时间");
  await editor.getByLabel("影响期截止日").fill(daysFromNow(300));
  await editor.getByLabel("决定机关").fill("区纪委");
  await editor.getByRole("button", { name: "添加处分、组织处理" }).click();
  await expect(editor.getByRole("listitem").filter({ hasText: "党内警告" })).toBeVisible();
  const audits = await queryDatabase<{ n: string }>(
    `select count(*) n from "AuditLog" where action = 'sanction.create' and diff->>'cadreId' = $1`,
    [c.id],
  );
  expect(Number(audits[0].n)).toBe(1);

  await page.goto(`/cadres/${c.id}`);
  await expect(sanctionCheck()).toHaveAttribute("data-status", "bad");
  await expect(sanctionCheck()).toContainText("仍在影响期内");
  await expect(page.getByTestId(`target-POOL:${c.tier}`)).toContainText("不符合");

  // ── a photo: a PNG made in the page, framed by the editor's canvas, saved as a JPEG
  await page.goto(`/cadres/${c.id}/edit`);
  const png = await page.evaluate(() => {
    const cv = document.createElement("canvas");
    cv.width = 600;
    cv.height = 600;
    const g = cv.getContext("2d")!;
    g.fillStyle = "#2563eb";
    g.fillRect(0, 0, 600, 600);
    g.fillStyle = "#f59e0b";
    g.fillRect(200, 100, 200, 300);
    return cv.toDataURL("image/png").split(",")[1];
  });
  await page.getByLabel("选择照片（JPEG或PNG，不超过5MB）").setInputFiles({
    name: "证件照.png",
    mimeType: "image/png",
    buffer: Buffer.from(png, "base64"),
  });
  await expect(page.getByLabel("裁剪预览（2.5×3.5）")).toBeVisible();
  await page.getByRole("button", { name: "保存照片" }).click();
  await expect(page.getByRole("img", { name: "现有照片" })).toHaveAttribute("src", /^data:image\/jpeg;base64,/);
  const [stored] = await queryDatabase<{ photoMime: string }>(`select "photoMime" from "Cadre" where id = $1`, [c.id]);
  expect(stored.photoMime).toBe("image/jpeg");

  await page.goto(`/cadres/print?ids=${c.id}`);
  const photo = page.getByRole("img", { name: `${c.name}照片` });
  await expect(photo).toHaveAttribute("src", /^data:image\/jpeg;base64,/);
  expect(await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([300, 420]);
});
