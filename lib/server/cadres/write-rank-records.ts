import "server-only";
import { lockCadre } from "@/lib/server/concurrency";
// 职务层次与职级记录 (RankRecord), 补录 and correction: an earlier, closed period is added or
// corrected here; the open period is the cadre's current 职务层次/职级 and stays owned by
// Cadre.rank/rankSince and grade/gradeSince (the basic form) and the trigger
// Cadre_rank_record_sync, so it is refused here (and cannot be 作废: write-archive.ts, and a
// check in the database). Periods of the same kind (职务层次 with 职务层次, 职级 with 职级) never
// overlap: checked under a lock on the cadre row, which the basic form's save also takes, so
// two saves cannot both pass. The rules read the periods on any date (rankOn, tenureAtRank).
import type { SaveResult } from "@/lib/cadres/conflict";
import type { Actor } from "@/lib/auth/actor";
import { FieldError } from "@/lib/errors/field-errors";
import { formatDate } from "@/lib/format/dates";
import { gradeLabel, rankLabel } from "@/lib/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDay } from "@/lib/rules";
import { updateVersioned } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import type { rankRecordSchema } from "@/lib/validation/rank-records";
import type { z } from "zod";
import { saveRecord, type Tx } from "./write-records";

type RankRecordInput = z.output<typeof rankRecordSchema>;

export const OPEN_PERIOD_MESSAGE = "现任职务层次、职级的记录由基本信息维护，请在基本信息中修改";

type PeriodRow = { rank: string | null; grade: string | null; startDate: Date | null; endDate: Date | null };

/** 「正科级 2018.01.01 至 2020.12.31」 or 「副科级 2026.01.01 至今」, as the overlap message names a period. */
export function describePeriod(r: PeriodRow): string {
  const what = [
    r.rank ? rankLabel[r.rank as keyof typeof rankLabel] : "",
    r.grade ? gradeLabel[r.grade as keyof typeof gradeLabel] : "",
  ]
    .filter(Boolean)
    .join("、");
  const from = r.startDate ? formatDate(r.startDate) : "（起始时间未录入）";
  return `${what} ${from} ${r.endDate ? `至 ${formatDate(r.endDate)}` : "至今"}`;
}

/** The first live period of the same kind that shares a day with [start, end]. */
async function overlapping(
  tx: Tx,
  cadreId: string,
  d: PeriodRow & { startDate: Date; endDate: Date },
  exceptId?: string,
) {
  const kinds: Prisma.RankRecordWhereInput[] = [];
  if (d.rank) kinds.push({ rank: { not: null } });
  if (d.grade) kinds.push({ grade: { not: null } });
  return tx.rankRecord.findFirst({
    where: {
      cadreId,
      archivedAt: null,
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
      OR: kinds,
      AND: [
        { OR: [{ startDate: null }, { startDate: { lte: d.endDate } }] },
        { OR: [{ endDate: null }, { endDate: { gte: d.startDate } }] },
      ],
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
}

async function checkPeriod(
  tx: Tx,
  cadreId: string,
  d: PeriodRow & { startDate: Date; endDate: Date },
  exceptId?: string,
) {
  // the cadre row's lock: serializes with another period's save and with the basic form (whose
  // rank change moves the open period through the trigger)
  await lockCadre(tx, cadreId);
  const clash = await overlapping(tx, cadreId, d, exceptId);
  if (clash)
    throw new FieldError(
      "startDate",
      `与已有记录「${describePeriod(clash)}」时间重叠，同类记录的时间不能重叠${clash.endDate ? "" : "（现任记录的起始时间在基本信息中修改）"}`,
    );
}

export function saveRankRecord(actor: Actor, input: RankRecordInput): Promise<SaveResult> {
  const data = {
    rank: input.rank || null,
    grade: input.grade || null,
    startDate: toDay(input.startDate),
    endDate: toDay(input.endDate),
    documentNo: input.documentNo || null,
    note: input.note || null,
  };
  return saveRecord(actor, {
    kind: "RankRecord",
    action: "rankRecord",
    cadreId: input.cadreId,
    id: input.id,
    version: input.version,
    data,
    find: (id) => prisma.rankRecord.findFirst({ where: { id, archivedAt: null } }),
    create: async (tx) => {
      await checkPeriod(tx, input.cadreId, data);
      return tx.rankRecord.create({ data: { ...data, cadreId: input.cadreId }, select: { id: true, version: true } });
    },
    update: async (tx, id, v) => {
      const stored = await tx.rankRecord.findUniqueOrThrow({ where: { id }, select: { endDate: true } });
      if (!stored.endDate) throw new FieldError("endDate", OPEN_PERIOD_MESSAGE);
      await checkPeriod(tx, input.cadreId, data, id);
      await updateVersioned(tx.rankRecord, "RankRecord", id, v, data);
    },
  });
}
