import "server-only";
// The pool's 名册 as an .xlsx: one sheet per tier, the title and the reference date above
// Chinese headers, printable on landscape A4. 身份证号 are always masked here (the 名册 is for
// reading and printing; full numbers leave only through the roster or LRMX on a purpose).
// Every sheet carries who exported it and when; audited with the count of records.
import ExcelJS from "exceljs";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import { poolTierLabel } from "@/lib/labels";
import type { Actor } from "@/lib/auth/actor";
import { watermarkLine } from "@/lib/print/watermark";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { watermarkWorkbook } from "./xlsx-watermark";
import { loadPoolRoster, POOL_ROSTER_HEADERS } from "@/lib/server/pool/pool-roster";

const WIDTHS = [6, 10, 6, 16, 8, 12, 12, 10, 12, 16, 28, 16, 36, 12, 12, 22];

export async function exportPoolRoster(
  actor: Actor,
  asOf: Date,
  tier: PoolTier | null,
  now: Date = new Date(),
): Promise<{ fileName: string; body: Uint8Array }> {
  const roster = await loadPoolRoster(actor, asOf, tier);
  const wb = new ExcelJS.Workbook();
  for (const g of roster.groups) {
    const ws = wb.addWorksheet(poolTierLabel[g.tier], {
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "3:3",
      },
      views: [{ state: "frozen", ySplit: 3 }],
    });
    ws.addRow([g.title]);
    ws.addRow([roster.subtitle]);
    ws.addRow([...POOL_ROSTER_HEADERS]);
    for (const r of g.rows) ws.addRow(r);
    ws.mergeCells(1, 1, 1, POOL_ROSTER_HEADERS.length);
    ws.mergeCells(2, 1, 2, POOL_ROSTER_HEADERS.length);
    ws.getRow(1).font = { bold: true, size: 14 };
    ws.getRow(1).alignment = { horizontal: "center" };
    ws.getRow(3).font = { bold: true };
    WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  if (!roster.groups.length) wb.addWorksheet("干部库").addRow([`${roster.subtitle}：没有在库干部`]);
  watermarkWorkbook(wb, watermarkLine(actor, now), actor.username);
  const body = new Uint8Array(await wb.xlsx.writeBuffer());
  await writeAuditStandalone({
    ...auditBy(actor),
    action: "export.pool",
    objectType: "PoolEntry",
    objectId: null,
    result: "SUCCESS",
    diff: {
      tier: tier ?? "全部",
      asOf: asOf.toISOString().slice(0, 10),
      count: roster.count,
      rows: roster.count,
      idNumbers: "脱敏",
    },
  });
  const stamp = asOf.toISOString().slice(0, 10).replaceAll("-", "");
  return { fileName: `优秀年轻干部库名册${tier ? `（${poolTierLabel[tier]}）` : ""}_${stamp}.xlsx`, body };
}
