import "server-only";
// The roster's current view (filters, sort, visible columns — every page, not just one) or the
// rows ticked on it as an .xlsx 花名册. 身份证号 are masked; full numbers only on a stated purpose after a fresh
// step-up (lib/server/export/full-id-numbers.ts). Every file carries who exported it and when;
// every export is audited with the count of records.
import ExcelJS from "exceljs";
import { ROSTER_COLUMN_LABELS } from "@/lib/cadres/roster-row";
import type { Actor } from "@/lib/auth/actor";
import { watermarkLine } from "@/lib/print/watermark";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { assertFullIdNumbers, fullIdAction } from "@/lib/server/export/full-id-numbers";
import { watermarkWorkbook } from "@/lib/server/export/xlsx-watermark";
import { UserFacingError } from "@/lib/errors/user-facing";
import { MASKED, type IdNumberRequest } from "@/lib/validation/export-purpose";
import { DEFAULT_ROSTER_COLUMNS, rosterSearchParams, type RosterQuery } from "@/lib/validation/roster-query";
import { rosterFilterText } from "@/lib/cadres/roster-filter-text";
import { formatDate, todayInChina } from "@/lib/format/dates";
import { assertCan, unitScope } from "@/lib/server/authz/scope";
import { rosterAsOf, toRosterRow } from "./roster";
import { getTierNames } from "@/lib/server/policy/pool-tiers";
import { rosterCount } from "./roster-count";
import { rosterRecords } from "./roster-page";

export const EXPORT_MAX_ROWS = 50_000;
const BATCH = 5_000;
const EXPORT_NAME = "export.roster";
/** the sheet's title, date and filter lines above the header row */
const HEADER_ROW = 4;

export interface RosterExport {
  buffer: Buffer;
  rows: number;
  fileName: string;
}

/** The unit the filter names, read within the actor's scope (its name goes on the sheet). */
async function filterUnitName(actor: Actor, q: RosterQuery): Promise<string | null> {
  if (!q.unitId) return null;
  const unit = await prisma.unit.findFirst({ where: { AND: [{ id: q.unitId }, unitScope(actor)] } });
  return unit?.name ?? null;
}

/** Title, date and filter lines across the sheet; the header row below them, with an auto-filter. */
function headLines(ws: ExcelJS.Worksheet, width: number, lines: { title: string; date: string; filter: string }) {
  const merged = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { vertical: "middle", horizontal: row === 1 ? "center" : "left", wrapText: true };
  };
  merged(1, lines.title, { bold: true, size: 16 });
  merged(2, lines.date, { size: 10 });
  merged(3, lines.filter, { size: 10 });
  ws.getRow(1).height = 28;
  ws.getRow(3).height = Math.min(90, 16 * Math.ceil(lines.filter.length / 80));
  ws.getRow(HEADER_ROW).font = { bold: true };
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: width } };
}

/**
 * The roster under `q` (its filters, order and columns; ticked rows when `q.ids` is set) as a
 * 花名册: a title, the date, the filters in Chinese, then the header with an auto-filter and the
 * rows in the page's order, read by the page's own statement in batches.
 */
export async function exportRoster(
  actor: Actor,
  q: RosterQuery,
  idNumbers: IdNumberRequest = MASKED,
  now: Date = new Date(),
): Promise<RosterExport> {
  assertCan(actor, "cadre", "export");
  const columns = q.cols.length ? q.cols : [...DEFAULT_ROSTER_COLUMNS];
  const withIds = columns.includes("idNumber");
  const full = withIds && idNumbers.mode === "full";
  if (full) await assertFullIdNumbers(actor, EXPORT_NAME, idNumbers.purpose, now);
  const asOf = rosterAsOf(q);
  const sheetQuery = { ...q, cols: withIds ? (["idNumber"] as RosterQuery["cols"]) : [] };
  const { count, capped } = await rosterCount(actor, q, asOf, EXPORT_MAX_ROWS);
  if (capped) {
    throw new UserFacingError(`当前条件下超过单次导出上限 ${EXPORT_MAX_ROWS} 人，请缩小筛选范围后再导出`);
  }

  const wb = new ExcelJS.Workbook();
  const { names } = await getTierNames();
  const ws = wb.addWorksheet("干部名册", { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  ws.columns = [
    { key: "seq", width: 6 },
    ...columns.map((c) => ({
      key: c,
      width: c === "unit" || c === "currentPostTitle" ? 28 : c === "idNumber" ? 22 : 12,
    })),
  ];
  ws.getRow(HEADER_ROW).values = ["序号", ...columns.map((c) => ROSTER_COLUMN_LABELS[c])];
  headLines(ws, columns.length + 1, {
    title: "干部名册",
    date: `导出日期：${formatDate(todayInChina(now))}　年龄计算至：${formatDate(asOf)}（周岁）　共 ${count} 人`,
    filter: `筛选条件：${rosterFilterText(q, await filterUnitName(actor, q), names)}`,
  });

  let seq = 0;
  for (let skip = 0; skip < count; skip += BATCH) {
    const batch = await rosterRecords(actor, sheetQuery, asOf, skip, BATCH);
    for (const c of batch) {
      const row = toRosterRow(c, asOf, {
        idNumbers: !withIds ? "none" : full ? "revealed" : "masked",
        tierNames: names,
      });
      ws.addRow({ seq: ++seq, ...Object.fromEntries(columns.map((k) => [k, row[k]])) });
    }
  }
  watermarkWorkbook(wb, watermarkLine(actor, now), actor.username);

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await writeAuditStandalone({
    ...auditBy(actor),
    action: full ? fullIdAction(EXPORT_NAME) : EXPORT_NAME,
    objectType: "Cadre",
    objectId: null,
    result: "SUCCESS",
    diff: {
      filters: rosterSearchParams({ ...q, page: 1, cols: [], ids: [] }).toString(),
      count: seq,
      rows: seq,
      columns,
      idNumbers: withIds ? (full ? "完整" : "脱敏") : "未导出",
      ...(q.ids.length ? { selected: q.ids.length, cadreIds: q.ids } : {}),
      ...(full ? { purpose: idNumbers.purpose } : {}),
    },
  });
  const stamp = asOf.toISOString().slice(0, 10).replaceAll("-", "");
  return { buffer, rows: seq, fileName: `干部名册_${stamp}.xlsx` };
}
