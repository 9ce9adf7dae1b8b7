import "server-only";
// The roster's current view (filters, sort, visible columns — every page, not just one) as
// an .xlsx 花名册. 身份证号 are masked; full numbers only on a stated purpose after a fresh
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
import { ROSTER_SELECT, rosterAsOf, scopedRosterWhere, toRosterRow } from "./roster";
import { rosterOrderBy } from "./roster-where";

export const EXPORT_MAX_ROWS = 50_000;
const BATCH = 5_000;
const EXPORT_NAME = "export.roster";

export interface RosterExport {
  buffer: Buffer;
  rows: number;
  fileName: string;
}

export async function exportRoster(
  actor: Actor,
  q: RosterQuery,
  idNumbers: IdNumberRequest = MASKED,
  now: Date = new Date(),
): Promise<RosterExport> {
  const where = scopedRosterWhere(actor, q, "export");
  const columns = q.cols.length ? q.cols : [...DEFAULT_ROSTER_COLUMNS];
  const withIds = columns.includes("idNumber");
  const full = withIds && idNumbers.mode === "full";
  if (full) await assertFullIdNumbers(actor, EXPORT_NAME, idNumbers.purpose, now);
  const total = await prisma.cadre.count({ where });
  if (total > EXPORT_MAX_ROWS) {
    throw new UserFacingError(
      `当前条件下共 ${total} 人，超过单次导出上限 ${EXPORT_MAX_ROWS} 人，请缩小筛选范围后再导出`,
    );
  }
  const asOf = rosterAsOf(q);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("干部名册", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: "序号", key: "seq", width: 6 },
    ...columns.map((c) => ({
      header: ROSTER_COLUMN_LABELS[c],
      key: c,
      width: c === "unit" || c === "currentPostTitle" ? 28 : c === "idNumber" ? 22 : 12,
    })),
  ];
  ws.getRow(1).font = { bold: true };

  let seq = 0;
  for (let skip = 0; skip < total; skip += BATCH) {
    const batch = await prisma.cadre.findMany({
      where,
      orderBy: rosterOrderBy(q),
      skip,
      take: BATCH,
      select: { ...ROSTER_SELECT, idNumberCipher: withIds },
    });
    for (const c of batch) {
      const row = toRosterRow(c, asOf, { idNumbers: !withIds ? "none" : full ? "revealed" : "masked" });
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
      filters: rosterSearchParams({ ...q, page: 1, cols: [] }).toString(),
      count: seq,
      rows: seq,
      columns,
      idNumbers: withIds ? (full ? "完整" : "脱敏") : "未导出",
      ...(full ? { purpose: idNumbers.purpose } : {}),
    },
  });
  const stamp = asOf.toISOString().slice(0, 10).replaceAll("-", "");
  return { buffer, rows: seq, fileName: `干部名册_${stamp}.xlsx` };
}
