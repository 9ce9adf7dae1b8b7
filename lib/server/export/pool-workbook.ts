import "server-only";
// The pool's 名册 as an .xlsx: one sheet per tier, the title and the reference date above
// Chinese headers, printable on landscape A4. 身份证号 are always masked here (the 名册 is for
// reading and printing; full numbers leave only through the roster or LRMX on a purpose).
// Every sheet carries who exported it and when; audited with the count of records.
import ExcelJS from "exceljs";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { addTitledSheet, sealExport } from "./titled-sheet";
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
    const ws = addTitledSheet(wb, g.name, {
      title: g.title,
      subtitle: roster.subtitle,
      headers: POOL_ROSTER_HEADERS,
      widths: WIDTHS,
    });
    for (const r of g.rows) ws.addRow(r);
  }
  if (!roster.groups.length) wb.addWorksheet("干部库").addRow([`${roster.subtitle}：没有在库干部`]);
  const body = await sealExport(wb, actor, now, {
    action: "export.pool",
    objectType: "PoolEntry",
    diff: {
      tier: tier ?? "全部",
      asOf: asOf.toISOString().slice(0, 10),
      count: roster.count,
      rows: roster.count,
      idNumbers: "脱敏",
    },
  });
  const stamp = asOf.toISOString().slice(0, 10).replaceAll("-", "");
  const only = tier ? roster.groups.find((g) => g.tier === tier)?.name : null;
  return { fileName: `优秀年轻干部库名册${only ? `（${only}）` : ""}_${stamp}.xlsx`, body };
}
